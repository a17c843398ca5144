package dev.interdict.payments;

import java.util.List;
import java.util.Objects;

/**
 * A parsed payment message.
 *
 * @param type         the family
 * @param definition   the exact definition: {@code pacs.008.001.09}, {@code MT202COV}
 * @param messageId    GrpHdr/MsgId; MT :20:
 * @param created      GrpHdr/CreDtTm as written, or {@code null}
 * @param declaredTransactions GrpHdr/NbOfTxs, or -1 when not stated
 * @param transactions the transactions, at least one for a well-formed message
 */
public record PaymentMessage(MessageType type, String definition, String messageId, String created,
        int declaredTransactions, List<Transaction> transactions) {

    public PaymentMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(definition, "definition");
        transactions = List.copyOf(transactions);
    }
}
