package dev.interdict.monitoring;

/**
 * Provenance kept per account for cycle and chain detection: funds reached this account along new relations
 * starting at {@code origin}, through {@code path} (origin first, last sender last), by transactions {@code txIds}.
 */
public record Upstream(String origin, long ts, String[] path, String[] txIds) {

    boolean contains(String account) {
        for (String p : path) {
            if (p.equals(account)) {
                return true;
            }
        }
        return false;
    }
}
