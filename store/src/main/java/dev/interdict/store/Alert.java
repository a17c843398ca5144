package dev.interdict.store;

import java.time.Instant;

/**
 * A possible match of a customer to a list entity, awaiting or carrying a decision.
 *
 * @param explanation the screener's explanation as JSON
 * @param status      {@code open}, {@code true_match} or {@code false_positive}
 */
public record Alert(long id, long tenantId, String customerId, String entityId, String listName, String sourceId,
        String entityName, String matchedName, double score, String explanation, String customerHash,
        String entityHash, Long listVersionId, String status, Instant createdAt, Instant updatedAt) {

    public static final String OPEN = "open";
    public static final String TRUE_MATCH = "true_match";
    public static final String FALSE_POSITIVE = "false_positive";

    /** An alert to raise: everything but the id, tenant, status and times. */
    public record Candidate(String customerId, String customerHash, String entityId, String entityHash,
            String listName, String sourceId, String entityName, String matchedName, double score,
            String explanation, Long listVersionId) {
    }
}
