package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Pass-through / rapid movement: at least {@code minInflow} came in during the last {@code windowHours} and at
 * least {@code minRatio} of it has already left again. Evaluated on each outbound transaction; each inflow is
 * reported at most once.
 */
final class PassThroughDetector implements Detector {

    @Override
    public void onOutbound(AccountContext ctx, Transaction tx, Edge edge) {
        Rules.PassThrough r = ctx.rules().passThrough();
        long from = tx.timestamp() - r.windowHours() * Rules.HOUR_MS;
        AccountState s = ctx.state();
        double quick = 0;
        for (Iterator<Edge> it = s.in.descendingIterator(); it.hasNext(); ) {
            Edge e = it.next();
            if (e.ts < from) {
                break;
            }
            quick += e.amount;
        }
        if (quick < r.minInflow()) {
            return;
        }
        List<Edge> ins = recent(s.in, from, true);
        double inflow = sum(ins);
        if (inflow < r.minInflow()) {
            return;
        }
        long firstIn = Long.MAX_VALUE;
        for (Edge e : ins) {
            firstIn = Math.min(firstIn, e.ts);
        }
        List<Edge> outs = recent(s.out, firstIn, false);
        double outflow = sum(outs);
        if (outflow < r.minRatio() * inflow) {
            return;
        }
        List<Edge> all = new ArrayList<>(ins);
        all.addAll(outs);
        all.sort((a, b) -> Long.compare(a.ts, b.ts));
        Alerts.mark(all, Alerts.PASS_THROUGH);
        double ratio = outflow / inflow;
        ctx.emit(Alerts.of("pass_through", ctx.key(), all, Math.min(1, 0.5 * ratio + 0.5 * Alerts.saturating(inflow,
                r.minInflow())), "account " + ctx.key() + " received " + Alerts.money(inflow) + " and sent "
                + Alerts.money(outflow) + " (" + Math.round(100 * ratio) + "%) on within " + r.windowHours() + " hours"));
    }

    /** Un-reported edges at or after {@code from}, newest last. */
    private static List<Edge> recent(java.util.ArrayDeque<Edge> edges, long from, boolean unreportedOnly) {
        List<Edge> list = new ArrayList<>();
        for (Iterator<Edge> it = edges.descendingIterator(); it.hasNext(); ) {
            Edge e = it.next();
            if (e.ts < from) {
                break;
            }
            if (!unreportedOnly || (e.alerted & Alerts.PASS_THROUGH) == 0) {
                list.add(e);
            }
        }
        java.util.Collections.reverse(list);
        return list;
    }

    private static double sum(List<Edge> edges) {
        double t = 0;
        for (Edge e : edges) {
            t += e.amount;
        }
        return t;
    }
}
