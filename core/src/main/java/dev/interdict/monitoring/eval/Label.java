package dev.interdict.monitoring.eval;

/**
 * One labelled transaction of a ground-truth pattern (AMLSim's {@code alert_transactions.csv} row).
 *
 * @param sar {@code false} for a benign look-alike pattern, whose accounts must not be flagged
 */
public record Label(String patternId, String typology, boolean sar, String txId, String from, String to,
        long timestamp) {
}
