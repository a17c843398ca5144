package dev.interdict.payments;

import java.util.List;
import java.util.Objects;

/**
 * The decision on one transaction (or on a whole message that could not be parsed).
 *
 * @param definition    message definition ({@code pacs.008.001.09}, {@code MT103}), or {@code null} when unknown
 * @param messageId     GrpHdr/MsgId or MT :20:, or {@code null}
 * @param endToEndId    EndToEndId (MT202: :21:), or {@code null}
 * @param uetr          UETR, or {@code null}
 * @param action        PASS, HOLD, REJECT or BLOCK
 * @param reason        why, in one line
 * @param hits          every hit, strongest first
 * @param transaction   the parsed transaction, or {@code null} when the message could not be parsed
 * @param raw           the raw message as received (kept for the record and the OFAC report), or {@code null}
 *                      when it was too large to read
 */
public record PaymentDecision(String definition, String messageId, String endToEndId, String uetr, Action action,
        String reason, List<Hit> hits, Transaction transaction, byte[] raw) {

    public PaymentDecision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        hits = List.copyOf(hits);
    }

    /** A HOLD for a message that could not be screened (fail closed). */
    public static PaymentDecision held(String definition, String messageId, String reason, byte[] raw) {
        return new PaymentDecision(definition, messageId, null, null, Action.HOLD, reason, List.of(), null, raw);
    }

    public String transactionId() {
        return transaction == null ? null : transaction.transactionId();
    }
}
