package dev.interdict.payments.ledger;

/** Where blocked property stands. */
public enum Status {
    /** Frozen. */
    BLOCKED,
    /** Release under licence requested, awaiting a second person's approval. */
    RELEASE_PENDING,
    /** Transfer (e.g. to a blocked interest-bearing account, or as licensed) requested, awaiting approval. */
    TRANSFER_PENDING,
    /** Released under licence. Final. */
    RELEASED,
    /** Transferred under licence. Final. */
    TRANSFERRED;

    public boolean isOpen() {
        return this == BLOCKED || this == RELEASE_PENDING || this == TRANSFER_PENDING;
    }
}
