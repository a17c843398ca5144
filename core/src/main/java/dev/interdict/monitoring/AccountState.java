package dev.interdict.monitoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;

/**
 * Everything monitoring remembers about one account, bounded by the rule windows: recent inbound and outbound
 * {@link Edge edges} (at most {@link Rules#retentionMs()} old), active counterparty {@link Pair pairs} (account-to-account transfers only) (silent
 * ones forgotten after the novelty horizon) and capped provenance. A plain mutable object, so a stream host can
 * keep it in keyed value state.
 */
public final class AccountState {

    public long lastSeen = Long.MIN_VALUE;
    public final ArrayDeque<Edge> in = new ArrayDeque<>();
    public final ArrayDeque<Edge> out = new ArrayDeque<>();
    public final HashMap<String, Pair> inPairs = new HashMap<>();
    public final HashMap<String, Pair> outPairs = new HashMap<>();
    public final ArrayList<Upstream> upstream = new ArrayList<>();
    /** Per typology bit: day of the last alert of that kind on this account (episodes). */
    public final HashMap<Integer, Long> lastAlertDay = new HashMap<>(4);
    private long lastPairSweepDay = Long.MIN_VALUE;
    /** Time of the last cash deposit into this account (lets cash detectors skip accounts without any). */
    public long lastCashIn = Long.MIN_VALUE;

    /** Records the outbound half; returns the edge (also appended to {@link #out}). */
    public Edge recordOut(Transaction tx, Rules rules) {
        touch(tx.timestamp(), rules);
        boolean novel = tx.to() != null && tx.kind().isTransfer() && pairUpdate(outPairs, tx.to(), tx, rules);
        Edge e = new Edge(tx.id(), tx.timestamp(), tx.to(), tx.amount(), tx.kind(), tx.branch(), tx.region(),
                tx.toCountry(), novel, null);
        out.addLast(e);
        return e;
    }

    /** Records the inbound half; returns the edge (also appended to {@link #in}). */
    public Edge recordIn(Transaction tx, Carry carry, Rules rules) {
        touch(tx.timestamp(), rules);
        boolean novel = tx.from() != null && tx.kind().isTransfer() && pairUpdate(inPairs, tx.from(), tx, rules);
        Edge e = new Edge(tx.id(), tx.timestamp(), tx.from(), tx.amount(), tx.kind(), tx.branch(), tx.region(),
                tx.fromCountry(), novel, carry.lastUpstream());
        in.addLast(e);
        if (tx.kind() == Transaction.Kind.CASH_DEPOSIT) {
            lastCashIn = tx.timestamp();
        }
        return e;
    }

    /** What the outbound half of a transaction from this account carries to the beneficiary. */
    public Carry carry(boolean novel, long now, Rules rules) {
        if (!novel) {
            return new Carry(false, List.of(), null);
        }
        long oldest = now - rules.cycle().windowDays() * Rules.DAY_MS;
        List<Upstream> live = new ArrayList<>(upstream.size());
        String last = null;
        long lastTs = Long.MIN_VALUE;
        for (Upstream u : upstream) {
            if (u.ts() >= oldest) {
                live.add(u);
                if (u.path().length == 1 && u.ts() >= lastTs) {
                    last = u.origin();
                    lastTs = u.ts();
                }
            }
        }
        return new Carry(true, live, last);
    }

    /** Adds provenance after a new-relation inbound transaction from {@code sender}. */
    public void addUpstream(String self, String sender, Transaction tx, Carry carry, Rules rules) {
        int maxLength = rules.cycle().maxLength();
        add(new Upstream(sender, tx.timestamp(), new String[] {sender}, new String[] {tx.id()}), rules);
        for (Upstream u : carry.upstream()) {
            if (u.path().length + 1 >= maxLength || u.origin().equals(self) || u.contains(self)) {
                continue;
            }
            String[] path = java.util.Arrays.copyOf(u.path(), u.path().length + 1);
            path[path.length - 1] = sender;
            String[] txs = java.util.Arrays.copyOf(u.txIds(), u.txIds().length + 1);
            txs[txs.length - 1] = tx.id();
            add(new Upstream(u.origin(), u.ts(), path, txs), rules);
        }
    }

    private void add(Upstream u, Rules rules) {
        upstream.add(u);
        int cap = rules.cycle().maxUpstream();
        while (upstream.size() > cap) {
            int oldest = 0;
            for (int i = 1; i < upstream.size(); i++) {
                if (upstream.get(i).ts() < upstream.get(oldest).ts()) {
                    oldest = i;
                }
            }
            upstream.remove(oldest);
        }
    }

    private boolean pairUpdate(HashMap<String, Pair> pairs, String cp, Transaction tx, Rules rules) {
        long day = tx.day();
        Pair p = pairs.get(cp);
        boolean novel = Pair.isNovel(p, day, rules.general().noveltyHorizonDays());
        if (novel) {
            if (p == null) {
                p = new Pair();
                pairs.put(cp, p);
            }
            p.start(day, tx.timestamp(), tx.id(), tx.amount());
        } else {
            p.add(day, tx.id(), tx.amount(), rules.burst().maxStreakTx());
        }
        return novel;
    }

    private void touch(long now, Rules rules) {
        lastSeen = Math.max(lastSeen, now);
        long oldest = now - rules.retentionMs();
        while (!in.isEmpty() && in.peekFirst().ts < oldest) {
            in.pollFirst();
        }
        while (!out.isEmpty() && out.peekFirst().ts < oldest) {
            out.pollFirst();
        }
        long day = Math.floorDiv(now, Rules.DAY_MS);
        // pairs decide novelty from their own lastDay, so sweeping is for memory only: every few days is enough
        if (day - lastPairSweepDay >= Math.max(1, rules.general().noveltyHorizonDays() / 8)) {
            lastPairSweepDay = day;
            int horizon = rules.general().noveltyHorizonDays();
            sweep(inPairs, day, horizon);
            sweep(outPairs, day, horizon);
            long upOldest = now - rules.cycle().windowDays() * Rules.DAY_MS;
            upstream.removeIf(u -> u.ts() < upOldest);
        }
    }

    private static void sweep(HashMap<String, Pair> pairs, long day, int horizon) {
        for (Iterator<Pair> it = pairs.values().iterator(); it.hasNext(); ) {
            if (day - it.next().lastDay > horizon) {
                it.remove();
            }
        }
    }

    /** Number of remembered items (edges, pairs, provenance entries): the measure of bounded state. */
    public int size() {
        return in.size() + out.size() + inPairs.size() + outPairs.size() + upstream.size();
    }
}
