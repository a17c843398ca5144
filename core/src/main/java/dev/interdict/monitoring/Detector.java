package dev.interdict.monitoring;

/**
 * One typology. A detector holds no state of its own: everything lives in the {@link AccountState} of the key it is
 * called for, so hosts can partition by account. The host has already recorded the edge in the state when a
 * callback runs (the new edge is the last of {@link AccountState#out} or {@link AccountState#in}).
 */
public interface Detector {

    /** Outbound half, keyed by {@code tx.from()}. */
    default void onOutbound(AccountContext ctx, Transaction tx, Edge edge) {
    }

    /** Inbound half, keyed by {@code tx.to()}, with what the outbound half carried. */
    default void onInbound(AccountContext ctx, Transaction tx, Edge edge, Carry carry) {
    }

    /** A timer registered on this key fired; {@code time} is its event time. */
    default void onTimer(AccountContext ctx, long time) {
    }
}
