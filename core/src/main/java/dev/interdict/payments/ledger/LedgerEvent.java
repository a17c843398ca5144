package dev.interdict.payments.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One step on the blocked-funds ledger; the ledger is the sequence of its events (append-only) and every state is
 * derived from them, so the events are the audit trail.
 *
 * @param seq      1-based sequence number
 * @param at       when
 * @param type     what happened
 * @param recordId the blocked-property record
 * @param actor    who did it
 * @param licence  licence reference (release / transfer requests)
 * @param target   transfer target account (transfer requests)
 * @param note     free text: reason, report reference, note
 * @param record   the new record ({@link Type#BLOCKED} only), else {@code null}
 */
public record LedgerEvent(long seq, Instant at, Type type, String recordId, String actor, String licence,
        String target, String note, BlockedProperty record) {

    /** What happened. */
    public enum Type { BLOCKED, RELEASE_REQUESTED, TRANSFER_REQUESTED, APPROVED, DENIED, REPORTED }

    public LedgerEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(actor, "actor");
    }
}
