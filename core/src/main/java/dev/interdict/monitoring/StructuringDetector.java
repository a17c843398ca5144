package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Structuring below the currency-reporting threshold (FinCEN CTR, $10,000): within {@code windowDays}, at least
 * {@code minNear} cash deposits each between {@code nearFraction} of the threshold and the threshold; or, within
 * {@code splitWindowDays}, at least {@code minSplit} sub-threshold deposits of at least {@code splitMinFraction}
 * of it that together pass it. Deposits at several branches raise the score. Each deposit is reported once.
 */
final class StructuringDetector implements Detector {

    @Override
    public void onInbound(AccountContext ctx, Transaction tx, Edge edge, Carry carry) {
        if (tx.kind() != Transaction.Kind.CASH_DEPOSIT || tx.amount() >= ctx.rules().structuring().threshold()) {
            return;
        }
        Rules.Structuring r = ctx.rules().structuring();
        double t = r.threshold();
        List<Edge> near = new ArrayList<>();
        List<Edge> split = new ArrayList<>();
        long nearFrom = tx.timestamp() - r.windowDays() * Rules.DAY_MS;
        long splitFrom = tx.timestamp() - r.splitWindowDays() * Rules.DAY_MS;
        double splitSum = 0;
        for (Iterator<Edge> it = ctx.state().in.descendingIterator(); it.hasNext(); ) {
            Edge e = it.next();
            if (e.ts < Math.min(nearFrom, splitFrom)) {
                break;
            }
            if (e.kind != Transaction.Kind.CASH_DEPOSIT || e.amount >= t || (e.alerted & Alerts.STRUCTURING) != 0) {
                continue;
            }
            if (e.ts >= nearFrom && e.amount >= r.nearFraction() * t) {
                near.add(e);
            }
            if (e.ts >= splitFrom && e.amount >= r.splitMinFraction() * t) {
                split.add(e);
                splitSum += e.amount;
            }
        }
        List<Edge> hit;
        String why;
        if (near.size() >= r.minNear()) {
            hit = near;
            why = near.size() + " cash deposits between " + Alerts.money(r.nearFraction() * t) + " and "
                    + Alerts.money(t) + " within " + r.windowDays() + " days";
        } else if (split.size() >= r.minSplit() && splitSum >= t) {
            hit = split;
            why = split.size() + " sub-threshold cash deposits totalling " + Alerts.money(splitSum) + " within "
                    + r.splitWindowDays() + " days";
        } else {
            return;
        }
        java.util.Collections.reverse(hit);
        Alerts.mark(hit, Alerts.STRUCTURING);
        Set<String> branches = new HashSet<>();
        for (Edge e : hit) {
            if (e.branch != null) {
                branches.add(e.branch);
            }
        }
        double score = Alerts.saturating(hit.size(), Math.max(2, Math.min(r.minNear(), r.minSplit())))
                + (branches.size() >= 2 ? 0.15 : 0);
        ctx.emit(Alerts.of("structuring", ctx.key(), hit, score, "account " + ctx.key() + ": " + why
                + (branches.size() >= 2 ? " at " + branches.size() + " branches" : "")));
    }
}
