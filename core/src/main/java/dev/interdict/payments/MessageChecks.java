package dev.interdict.payments;

import java.util.ArrayList;
import java.util.List;

/**
 * What screening needs from a message, by type: a message id, the transactions the group header announces, an
 * amount and currency, and the parties that must be screened (debtor and creditor with a name, BIC or LEI; the
 * agents of a pacs.008; the underlying customers of a cover payment). A problem holds the transaction (fail closed).
 */
final class MessageChecks {

    private MessageChecks() {
    }

    static List<String> message(PaymentMessage m) {
        List<String> out = new ArrayList<>();
        if (m.messageId() == null || m.messageId().isBlank()) {
            out.add("missing mandatory message id (GrpHdr/MsgId or :20:)");
        }
        if (m.transactions().isEmpty()) {
            out.add("no transaction in the message");
        }
        if (m.declaredTransactions() >= 0 && m.declaredTransactions() != m.transactions().size()) {
            out.add("GrpHdr/NbOfTxs says " + m.declaredTransactions() + " but the message holds "
                    + m.transactions().size());
        }
        return out;
    }

    static List<String> transaction(MessageType type, Transaction t) {
        List<String> out = new ArrayList<>();
        if (t.amount() == null || t.currency() == null) {
            out.add("missing mandatory amount and currency" + switch (type) {
                case MT103, MT202, MT202COV -> " (:32A:)";
                case PAIN_001 -> " (Amt/InstdAmt)";
                default -> " (IntrBkSttlmAmt)";
            });
        }
        switch (type) {
            case PACS_008 -> {
                need(out, t, PartyRole.DEBTOR, false, "Dbtr");
                need(out, t, PartyRole.CREDITOR, false, "Cdtr");
                need(out, t, PartyRole.DEBTOR_AGENT, false, "DbtrAgt");
                need(out, t, PartyRole.CREDITOR_AGENT, false, "CdtrAgt");
            }
            case PAIN_001 -> {
                need(out, t, PartyRole.DEBTOR, false, "PmtInf/Dbtr");
                need(out, t, PartyRole.CREDITOR, false, "Cdtr");
            }
            case PACS_009 -> {
                need(out, t, PartyRole.DEBTOR, false, "Dbtr");
                need(out, t, PartyRole.CREDITOR, false, "Cdtr");
                if (t.parties().stream().anyMatch(Party::underlying)) {
                    need(out, t, PartyRole.DEBTOR, true, "UndrlygCstmrCdtTrf/Dbtr");
                    need(out, t, PartyRole.CREDITOR, true, "UndrlygCstmrCdtTrf/Cdtr");
                }
            }
            case MT103 -> {
                need(out, t, PartyRole.DEBTOR, false, ":50a: ordering customer");
                need(out, t, PartyRole.CREDITOR, false, ":59a: beneficiary customer");
            }
            case MT202 -> need(out, t, PartyRole.CREDITOR, false, ":58a: beneficiary institution");
            case MT202COV -> {
                need(out, t, PartyRole.CREDITOR, false, ":58a: beneficiary institution");
                need(out, t, PartyRole.DEBTOR, true, "sequence B :50a: ordering customer");
                need(out, t, PartyRole.CREDITOR, true, "sequence B :59a: beneficiary customer");
            }
            default -> { }
        }
        return out;
    }

    private static void need(List<String> out, Transaction t, PartyRole role, boolean underlying, String what) {
        List<Party> ps = t.parties(role, underlying);
        if (ps.isEmpty()) {
            out.add("missing mandatory " + what);
        } else if (ps.stream().noneMatch(Party::isScreenable)) {
            out.add(what + " has no name, BIC or LEI to screen");
        }
    }
}
