package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * High-risk corridors: money sent to, or received from, a listed high-risk country, summed per account over
 * {@code windowDays}; an alert when the unreported sum reaches {@code minAmount}.
 */
final class CorridorDetector implements Detector {

    @Override
    public void onOutbound(AccountContext ctx, Transaction tx, Edge edge) {
        check(ctx, edge, ctx.state().out, "to");
    }

    @Override
    public void onInbound(AccountContext ctx, Transaction tx, Edge edge, Carry carry) {
        check(ctx, edge, ctx.state().in, "from");
    }

    private static void check(AccountContext ctx, Edge edge, java.util.ArrayDeque<Edge> edges, String dir) {
        Rules.Corridor r = ctx.rules().corridor();
        if (edge.country == null || !r.countries().contains(edge.country)) {
            return;
        }
        long from = edge.ts - r.windowDays() * Rules.DAY_MS;
        List<Edge> hit = new ArrayList<>();
        double sum = 0;
        for (Iterator<Edge> it = edges.descendingIterator(); it.hasNext(); ) {
            Edge e = it.next();
            if (e.ts < from) {
                break;
            }
            if (e.country != null && r.countries().contains(e.country) && (e.alerted & Alerts.CORRIDOR) == 0) {
                hit.add(e);
                sum += e.amount;
            }
        }
        if (sum < r.minAmount()) {
            return;
        }
        java.util.Collections.reverse(hit);
        Alerts.mark(hit, Alerts.CORRIDOR);
        ctx.emit(Alerts.of("high_risk_corridor", ctx.key(), hit, Alerts.saturating(sum, r.minAmount()),
                "account " + ctx.key() + ": " + Alerts.money(sum) + " " + dir + " high-risk countries ("
                        + edge.country + (hit.size() > 1 ? ", ..." : "") + ") within " + r.windowDays() + " days"));
    }
}
