package dev.interdict.monitoring;

/**
 * One side of a transaction as remembered in an {@link AccountState}: the counterparty seen from the keyed
 * account. Mutable only in {@link #alerted}, the set of typology bits already reported for it.
 */
public final class Edge {
    public final String txId;
    public final long ts;
    public final String counterparty;
    public final double amount;
    public final Transaction.Kind kind;
    public final String branch;
    public final String region;
    public final String country;
    /** First transaction between the pair within the novelty horizon. */
    public final boolean novel;
    /** For inbound edges: the sender's most recent novel upstream account (from the carry), or {@code null}. */
    public final String upstream;
    public int alerted;

    public Edge(String txId, long ts, String counterparty, double amount, Transaction.Kind kind, String branch,
            String region, String country, boolean novel, String upstream) {
        this.txId = txId;
        this.ts = ts;
        this.counterparty = counterparty;
        this.amount = amount;
        this.kind = kind;
        this.branch = branch;
        this.region = region;
        this.country = country;
        this.novel = novel;
        this.upstream = upstream;
    }

    public long day() {
        return Math.floorDiv(ts, Rules.DAY_MS);
    }
}
