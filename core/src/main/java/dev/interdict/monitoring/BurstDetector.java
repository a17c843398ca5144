package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stack and bipartite bursts: a relation that is new and then transacts on at least {@code minDays} consecutive
 * days. Ordinary relations, even daily ones, rarely start that way. Reported once the streak ends (an event-time
 * timer two days after its last day), one alert per originating account with every streaking receiver.
 */
final class BurstDetector implements Detector {

    /** Burst timers sit 1 ms past midnight so that other detectors' day-aligned timers do not wake this one. */
    static final long TIMER_OFFSET = 1;

    @Override
    public void onOutbound(AccountContext ctx, Transaction tx, Edge edge) {
        if (tx.to() == null) {
            return;
        }
        Pair p = ctx.state().outPairs.get(tx.to());
        if (p != null && p.streakFromStart && !p.streakReported && p.streakDays >= ctx.rules().burst().minDays()) {
            ctx.registerTimer((p.lastDay + 2) * Rules.DAY_MS + TIMER_OFFSET);
        }
    }

    @Override
    public void onTimer(AccountContext ctx, long time) {
        if (Math.floorMod(time, Rules.DAY_MS) != TIMER_OFFSET) {
            return;
        }
        long day = Math.floorDiv(time, Rules.DAY_MS);
        int minDays = ctx.rules().burst().minDays();
        TreeMap<String, Pair> done = new TreeMap<>();
        for (Map.Entry<String, Pair> e : ctx.state().outPairs.entrySet()) {
            Pair p = e.getValue();
            if (p.streakFromStart && !p.streakReported && p.streakDays >= minDays && p.lastDay + 2 <= day) {
                done.put(e.getKey(), p);
            }
        }
        if (done.isEmpty()) {
            return;
        }
        List<String> accounts = new ArrayList<>();
        accounts.add(ctx.key());
        List<String> txs = new ArrayList<>();
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        double amount = 0;
        int maxDays = 0;
        for (Map.Entry<String, Pair> e : done.entrySet()) {
            Pair p = e.getValue();
            p.streakReported = true;
            accounts.add(e.getKey());
            txs.addAll(p.streakTx);
            start = Math.min(start, p.streakStartTs);
            end = Math.max(end, p.lastDay * Rules.DAY_MS);
            amount += p.streakAmount;
            maxDays = Math.max(maxDays, p.streakDays);
        }
        String typology = done.size() >= 2 ? "bipartite_burst" : "stack_burst";
        ctx.emit(new Alert(Alerts.id(typology, ctx.key(), txs), typology, accounts, txs, start, end,
                Alerts.round(amount), Alerts.saturating(maxDays * done.size(), minDays),
                "account " + ctx.key() + " opened " + done.size() + " new relation(s) and paid them on up to "
                        + maxDays + " consecutive days (" + txs.size() + " transactions, "
                        + Alerts.money(amount) + ")"));
    }
}
