package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Funnel accounts (FinCEN FIN-2014-A005): cash deposited into one account in several states or branches by
 * several depositors within {@code windowDays}, then most of it withdrawn or wired out within
 * {@code outflowDays}. Evaluated on each outbound transaction; each deposit is reported once.
 */
final class FunnelDetector implements Detector {

    @Override
    public void onOutbound(AccountContext ctx, Transaction tx, Edge edge) {
        if (tx.kind() == Transaction.Kind.CASH_DEPOSIT) {
            return;
        }
        Rules.Funnel r = ctx.rules().funnel();
        long now = tx.timestamp();
        if (ctx.state().lastCashIn < now - (r.windowDays() + r.outflowDays()) * Rules.DAY_MS) {
            return;
        }
        long depFrom0 = now - (r.windowDays() + r.outflowDays()) * Rules.DAY_MS;
        double quick = 0;
        for (Iterator<Edge> it = ctx.state().in.descendingIterator(); it.hasNext(); ) {
            Edge e = it.next();
            if (e.ts < depFrom0) {
                break;
            }
            if (e.kind == Transaction.Kind.CASH_DEPOSIT) {
                quick += e.amount;
            }
        }
        if (quick < r.minDeposits()) {
            return;
        }
        List<Edge> deposits = new ArrayList<>();
        Set<String> regions = new HashSet<>();
        Set<String> branches = new HashSet<>();
        Set<String> depositors = new HashSet<>();
        double in = 0;
        long depFrom = now - (r.windowDays() + r.outflowDays()) * Rules.DAY_MS;
        for (Iterator<Edge> it = ctx.state().in.descendingIterator(); it.hasNext(); ) {
            Edge e = it.next();
            if (e.ts < depFrom) {
                break;
            }
            if (e.kind != Transaction.Kind.CASH_DEPOSIT || (e.alerted & Alerts.FUNNEL) != 0) {
                continue;
            }
            deposits.add(e);
            in += e.amount;
            if (e.region != null) {
                regions.add(e.region);
            }
            if (e.branch != null) {
                branches.add(e.branch);
            }
            if (e.counterparty != null) {
                depositors.add(e.counterparty);
            }
        }
        if (in < r.minDeposits() || depositors.size() < r.minDepositors()
                || (regions.size() < r.minRegions() && branches.size() < r.minBranches())) {
            return;
        }
        long firstDeposit = Long.MAX_VALUE;
        for (Edge e : deposits) {
            firstDeposit = Math.min(firstDeposit, e.ts);
        }
        List<Edge> outs = new ArrayList<>();
        double outflow = 0;
        for (Iterator<Edge> it = ctx.state().out.descendingIterator(); it.hasNext(); ) {
            Edge e = it.next();
            if (e.ts < firstDeposit) {
                break;
            }
            if ((e.alerted & Alerts.FUNNEL) == 0) {
                outs.add(e);
                outflow += e.amount;
            }
        }
        if (outflow < r.minOutflowRatio() * in) {
            return;
        }
        List<Edge> all = new ArrayList<>(deposits);
        all.addAll(outs);
        all.sort((a, b) -> Long.compare(a.ts, b.ts));
        Alerts.mark(all, Alerts.FUNNEL);
        ctx.emit(Alerts.of("funnel_account", ctx.key(), all,
                0.5 * Alerts.saturating(regions.size(), r.minRegions()) + 0.5 * Math.min(1, outflow / in),
                "account " + ctx.key() + ": " + deposits.size() + " cash deposits (" + Alerts.money(in) + ") by "
                        + depositors.size() + " depositors in " + regions.size() + " states / " + branches.size()
                        + " branches, then " + Alerts.money(outflow) + " out"));
    }
}
