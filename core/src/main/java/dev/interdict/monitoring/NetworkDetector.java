package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fan-in, fan-out, gather-scatter and scatter-gather over <em>one-shot</em> edges: a new relation (no transaction
 * within the novelty horizon) that does not transact again within {@code settleDays}. Ordinary relations repeat
 * on a schedule; laundering hubs collect from, or pay out to, many one-off counterparties in a short window. The
 * verdict waits {@code settleDays} after each new relation (an event-time timer), then looks at the hub's one-shot
 * edges in the {@code windowDays} ending at that relation's day. A fan-in whose senders share one upstream source
 * is reported as scatter-gather.
 */
final class NetworkDetector implements Detector {

    @Override
    public void onOutbound(AccountContext ctx, Transaction tx, Edge edge) {
        if (edge.novel && tx.to() != null && tx.kind().isTransfer()) {
            ctx.registerTimer((edge.day() + ctx.rules().network().settleDays() + 1) * Rules.DAY_MS);
        }
    }

    @Override
    public void onInbound(AccountContext ctx, Transaction tx, Edge edge, Carry carry) {
        if (edge.novel && tx.from() != null && tx.kind().isTransfer()) {
            ctx.registerTimer((edge.day() + ctx.rules().network().settleDays() + 1) * Rules.DAY_MS);
        }
    }

    @Override
    public void onTimer(AccountContext ctx, long time) {
        Rules.Network r = ctx.rules().network();
        long day = Math.floorDiv(time, Rules.DAY_MS);
        long lastDay = day - r.settleDays() - 1;
        long firstDay = lastDay - r.windowDays() + 1;
        AccountState s = ctx.state();
        if (Math.floorMod(time, Rules.DAY_MS) != 0) {
            return; // not a network timer (see BurstDetector)
        }
        long extFirst = Math.min(firstDay, lastDay - r.extendDays());
        List<Edge> insExt = oneShot(s.in, s.inPairs, extFirst, lastDay, r.settleDays());
        List<Edge> outsExt = oneShot(s.out, s.outPairs, extFirst, lastDay, r.settleDays());
        List<Edge> ins = within(insExt, firstDay);
        List<Edge> outs = within(outsExt, firstDay);
        boolean inEpisode = s.lastAlertDay.getOrDefault(Alerts.FAN_IN, Long.MIN_VALUE / 2) >= extFirst;
        boolean outEpisode = s.lastAlertDay.getOrDefault(Alerts.FAN_OUT, Long.MIN_VALUE / 2) >= extFirst;
        int nIn = distinct(ins);
        int nOut = distinct(outs);
        String key = ctx.key();
        if (nIn >= r.minGather() && nOut >= r.minScatter()
                && (Alerts.anyUnmarked(ins, Alerts.GATHER_SCATTER) || Alerts.anyUnmarked(outs, Alerts.GATHER_SCATTER))) {
            List<Edge> all = new ArrayList<>(unmarked(insExt, Alerts.GATHER_SCATTER));
            all.addAll(unmarked(outsExt, Alerts.GATHER_SCATTER));
            s.lastAlertDay.put(Alerts.FAN_IN, lastDay);
            s.lastAlertDay.put(Alerts.FAN_OUT, lastDay);
            all.sort((a, b) -> Long.compare(a.ts, b.ts));
            Alerts.mark(all, Alerts.GATHER_SCATTER | Alerts.FAN_IN | Alerts.FAN_OUT);
            ctx.emit(Alerts.of("gather_scatter", key, all, Alerts.saturating(nIn + nOut, r.minGather() + r.minScatter()),
                    "account " + key + " received from " + nIn + " and paid " + nOut
                            + " one-off counterparties within " + r.windowDays() + " days"));
            return;
        }
        if ((nIn >= r.minFanIn() || inEpisode) && Alerts.anyUnmarked(insExt, Alerts.FAN_IN)) {
            String source = sharedUpstream(insExt);
            List<Edge> hit = unmarked(insExt, Alerts.FAN_IN);
            Alerts.mark(hit, Alerts.FAN_IN);
            s.lastAlertDay.put(Alerts.FAN_IN, lastDay);
            String typology = source != null ? "scatter_gather" : "fan_in";
            ctx.emit(Alerts.of(typology, key, hit, Alerts.saturating(Math.max(nIn, distinct(insExt)), r.minFanIn()),
                    "account " + key + " received from " + nIn + " one-off senders within " + r.windowDays() + " days"
                            + (source != null ? ", several of them funded by account " + source : "")));
        }
        if ((nOut >= r.minFanOut() || outEpisode) && Alerts.anyUnmarked(outsExt, Alerts.FAN_OUT)) {
            List<Edge> hit = unmarked(outsExt, Alerts.FAN_OUT);
            Alerts.mark(hit, Alerts.FAN_OUT);
            s.lastAlertDay.put(Alerts.FAN_OUT, lastDay);
            ctx.emit(Alerts.of("fan_out", key, hit, Alerts.saturating(Math.max(nOut, distinct(outsExt)), r.minFanOut()),
                    "account " + key + " paid " + nOut + " one-off receivers within " + r.windowDays() + " days"));
        }
    }

    private static List<Edge> oneShot(Iterable<Edge> edges, Map<String, Pair> pairs, long firstDay, long lastDay,
            int settleDays) {
        List<Edge> list = new ArrayList<>();
        for (Edge e : edges) { // oldest first
            long d = e.day();
            if (d > lastDay) {
                break;
            }
            if (!e.novel || d < firstDay || e.counterparty == null || !e.kind.isTransfer()) {
                continue;
            }
            Pair p = pairs.get(e.counterparty);
            boolean once = p == null || p.firstDay != d || p.secondDay - d > settleDays;
            if (once) {
                list.add(e);
            }
        }
        return list;
    }

    private static List<Edge> within(List<Edge> edges, long firstDay) {
        List<Edge> list = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (e.day() >= firstDay) {
                list.add(e);
            }
        }
        return list;
    }

    private static List<Edge> unmarked(List<Edge> edges, int bit) {
        List<Edge> list = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if ((e.alerted & bit) == 0) {
                list.add(e);
            }
        }
        return list;
    }

    private static int distinct(List<Edge> edges) {
        Set<String> s = new HashSet<>();
        for (Edge e : edges) {
            s.add(e.counterparty);
        }
        return s.size();
    }

    private static String sharedUpstream(List<Edge> ins) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Edge e : ins) {
            if (e.upstream != null) {
                int c = counts.merge(e.upstream, 1, Integer::sum);
                if (c >= 2 && best == null) {
                    best = e.upstream;
                }
            }
        }
        return best;
    }
}
