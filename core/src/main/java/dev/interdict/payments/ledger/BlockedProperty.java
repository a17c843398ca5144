package dev.interdict.payments.ledger;

import dev.interdict.payments.Hit;
import dev.interdict.payments.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A blocked payment on the blocked-funds ledger: what was frozen, why, and where it stands. Immutable; the ledger
 * derives each state from its events.
 *
 * @param id            ledger id, e.g. {@code BP-2026-000001}
 * @param status        current status
 * @param blockedAt     when it was blocked
 * @param blockedDate   the (US Eastern) date of blocking
 * @param reportDue     the OFAC report due date: 10 business days after blocking
 * @param blockedBy     who blocked it
 * @param note          the blocker's note (required when an analyst blocks a held payment)
 * @param definition    message definition ({@code pacs.008.001.09}, {@code MT103})
 * @param messageId     message id
 * @param endToEndId    end-to-end id
 * @param transactionId transaction id
 * @param uetr          UETR
 * @param amount        amount
 * @param currency      ISO 4217 currency
 * @param valueDate     value (settlement) date
 * @param parties       every party of the transaction
 * @param hits          the list hits that justified blocking
 * @param entityId      the decisive list entity, e.g. {@code ofac-sdn:17671}
 * @param entityName    its name
 * @param programs      its programs
 * @param raw           the raw message, UTF-8
 * @param pending       the release or transfer awaiting approval, or {@code null}
 * @param reportedAt    when the OFAC report was filed, or {@code null}
 * @param reportRef     the report reference, or {@code null}
 * @param closedAt      when it was released or transferred, or {@code null}
 * @param licence       the licence it was released or transferred under, or {@code null}
 */
public record BlockedProperty(String id, Status status, Instant blockedAt, LocalDate blockedDate, LocalDate reportDue,
        String blockedBy, String note, String definition, String messageId, String endToEndId, String transactionId,
        String uetr, BigDecimal amount, String currency, LocalDate valueDate, List<Party> parties, List<Hit> hits,
        String entityId, String entityName, List<String> programs, String raw, Request pending, Instant reportedAt,
        String reportRef, Instant closedAt, String licence) {

    public BlockedProperty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        parties = List.copyOf(parties);
        hits = List.copyOf(hits);
        programs = List.copyOf(programs);
    }

    /** What kind of request awaits approval. */
    public enum RequestKind { RELEASE, TRANSFER }

    /**
     * A release or transfer request.
     *
     * @param kind        release or transfer
     * @param licence     the OFAC licence (general or specific) reference
     * @param requestedBy who asked
     * @param at          when
     * @param target      the account to transfer to (transfers only)
     * @param note        free note
     */
    public record Request(RequestKind kind, String licence, String requestedBy, Instant at, String target,
            String note) {
    }

    BlockedProperty with(Status s, Request p, Instant reported, String ref, Instant closed, String lic) {
        return new BlockedProperty(id, s, blockedAt, blockedDate, reportDue, blockedBy, note, definition, messageId,
                endToEndId, transactionId, uetr, amount, currency, valueDate, parties, hits, entityId, entityName,
                programs, raw, p, reported, ref, closed, lic);
    }

    /** Whether the property was still blocked at the end of {@code date} (for the annual report). */
    public boolean blockedOn(LocalDate date, java.time.ZoneId zone) {
        if (blockedDate.isAfter(date)) {
            return false;
        }
        return closedAt == null || LocalDate.ofInstant(closedAt, zone).isAfter(date);
    }
}
