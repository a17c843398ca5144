package dev.interdict.monitoring;

import java.util.List;

/**
 * What a detector found: a typology, the accounts and transactions involved, the time span, the amount moved,
 * a score in [0, 1] and a one-line explanation a reviewer can check against the transactions.
 *
 * @param alertId      deterministic id: typology, key account and first transaction id
 */
public record Alert(String alertId, String typology, List<String> accounts, List<String> transactions, long start,
        long end, double amount, double score, String explanation) {

    public Alert {
        accounts = List.copyOf(accounts);
        transactions = List.copyOf(transactions);
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in [0, 1], got " + score);
        }
    }
}
