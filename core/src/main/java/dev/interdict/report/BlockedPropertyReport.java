package dev.interdict.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.payments.FieldKind;
import dev.interdict.payments.Party;
import dev.interdict.payments.PartyRole;
import dev.interdict.payments.ledger.BlockedProperty;
import dev.interdict.payments.ledger.LedgerJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The initial report of blocked property OFAC requires within 10 business days (31 CFR 501.603; the "Report of
 * Blocked Transactions"): the reporting institution and contact, the date blocked and the due date, the blocked
 * person and the sanctions program with its legal authority, the property (funds transfer, amount, currency), the
 * parties to the transfer (originator, originating, intermediary and beneficiary banks, beneficiary, with addresses
 * and accounts), the payment references and a copy of the payment instructions. As JSON and as plain text.
 */
public final class BlockedPropertyReport {

    /** Legal authority by program, for the report. */
    public static final Map<String, String> AUTHORITY = Map.ofEntries(
            Map.entry("SDNTK", "Foreign Narcotics Kingpin Sanctions Regulations, 31 CFR part 598"),
            Map.entry("SDGT", "Global Terrorism Sanctions Regulations, 31 CFR part 594; E.O. 13224"),
            Map.entry("FTO", "Foreign Terrorist Organizations Sanctions Regulations, 31 CFR part 597"),
            Map.entry("ILLICIT-DRUGS-EO14059", "Illicit Drug Trade Sanctions Regulations, 31 CFR part 599; E.O. 14059"),
            Map.entry("TCO", "Transnational Criminal Organizations Sanctions Regulations, 31 CFR part 590"),
            Map.entry("SDNT", "Narcotics Trafficking Sanctions Regulations, 31 CFR part 536"),
            Map.entry("CUBA", "Cuban Assets Control Regulations, 31 CFR part 515"),
            Map.entry("IRAN", "Iranian Transactions and Sanctions Regulations, 31 CFR part 560"),
            Map.entry("DPRK3", "North Korea Sanctions Regulations, 31 CFR part 510"),
            Map.entry("SYRIA", "Syrian Sanctions Regulations, 31 CFR part 542"),
            Map.entry("RUSSIA-EO14024", "Russian Harmful Foreign Activities Sanctions Regulations, 31 CFR part 587"));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BlockedPropertyReport() {
    }

    public static ObjectNode json(BlockedProperty r, ReportingInstitution inst, LocalDate reportDate) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("report_type", "Initial report of blocked property (31 CFR 501.603)");
        n.put("report_date", reportDate.toString());
        n.put("record_id", r.id());
        ObjectNode i = n.putObject("reporting_institution");
        i.put("name", inst.name()).put("address", inst.address()).put("contact_name", inst.contactName())
                .put("contact_phone", inst.contactPhone()).put("contact_email", inst.contactEmail());
        n.put("date_blocked", r.blockedDate().toString());
        n.put("report_due", r.reportDue().toString());
        n.put("late", reportDate.isAfter(r.reportDue()));
        ObjectNode t = n.putObject("blocked_person");
        t.put("list_entry", r.entityId());
        t.put("name", r.entityName());
        ArrayNode progs = t.putArray("programs");
        r.programs().forEach(progs::add);
        ArrayNode auth = t.putArray("legal_authority");
        for (String p : r.programs()) {
            auth.add(AUTHORITY.getOrDefault(p, p));
        }
        ObjectNode p = n.putObject("property");
        p.put("type", "funds transfer");
        p.put("amount", r.amount() == null ? null : r.amount().toPlainString());
        p.put("currency", r.currency());
        p.put("value_date", r.valueDate() == null ? null : r.valueDate().toString());
        p.put("status", r.status().name());
        ObjectNode refs = n.putObject("references");
        refs.put("message_type", r.definition()).put("message_id", r.messageId()).put("end_to_end_id",
                r.endToEndId()).put("transaction_id", r.transactionId()).put("uetr", r.uetr());
        ArrayNode parties = n.putArray("parties");
        for (Party party : ordered(r.parties())) {
            ObjectNode o = parties.addObject();
            o.put("role", label(party));
            o.put("name", party.name());
            o.put("address", party.address());
            o.put("country", party.first(FieldKind.COUNTRY));
            o.put("bic", party.bic());
            o.put("account", party.first(FieldKind.ACCOUNT));
        }
        n.set("basis", LedgerJson.hits(r.hits()));
        n.put("payment_instructions", r.raw());
        return n;
    }

    public static String text(BlockedProperty r, ReportingInstitution inst, LocalDate reportDate) {
        StringBuilder b = new StringBuilder();
        b.append("REPORT OF BLOCKED PROPERTY (initial report, 31 CFR 501.603)\n");
        b.append("Record: ").append(r.id()).append("    Report date: ").append(reportDate).append('\n');
        b.append("Date blocked: ").append(r.blockedDate()).append("    Due to OFAC by: ").append(r.reportDue())
                .append(reportDate.isAfter(r.reportDue()) ? "  (LATE)" : "").append("\n\n");
        b.append("1. Reporting institution: ").append(inst.name()).append(", ").append(inst.address()).append('\n');
        b.append("   Contact: ").append(inst.contactName()).append(", ").append(inst.contactPhone()).append(", ")
                .append(inst.contactEmail()).append('\n');
        b.append("2. Blocked person: ").append(r.entityName()).append(" (").append(r.entityId()).append(")\n");
        b.append("   Programs: ").append(String.join(", ", r.programs())).append('\n');
        for (String p : r.programs()) {
            b.append("   Authority: ").append(AUTHORITY.getOrDefault(p, p)).append('\n');
        }
        b.append("3. Property: funds transfer, ").append(r.amount() == null ? "(amount unknown)" : r.amount()
                .toPlainString()).append(' ').append(r.currency() == null ? "" : r.currency())
                .append(", value date ").append(r.valueDate()).append(", status ").append(r.status()).append('\n');
        b.append("4. References: ").append(r.definition()).append(" message ").append(r.messageId())
                .append(", end-to-end ").append(r.endToEndId()).append(", UETR ").append(r.uetr()).append('\n');
        b.append("5. Parties to the transfer:\n");
        for (Party p : ordered(r.parties())) {
            b.append("   - ").append(label(p)).append(": ").append(nz(p.name()));
            if (p.bic() != null) {
                b.append(" [BIC ").append(p.bic()).append(']');
            }
            if (p.address() != null) {
                b.append(", ").append(p.address());
            }
            if (p.first(FieldKind.ACCOUNT) != null) {
                b.append(", account ").append(p.first(FieldKind.ACCOUNT));
            }
            b.append('\n');
        }
        b.append("6. Basis for blocking:\n");
        r.hits().forEach(h -> b.append("   - ").append(h.describe()).append('\n'));
        b.append("7. Copy of the payment instructions:\n");
        b.append(r.raw() == null ? "(not kept)" : r.raw()).append('\n');
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "(no name)" : s;
    }

    /** Originator side first, then the banks in the order the money moves, then the beneficiary side. */
    static List<Party> ordered(List<Party> parties) {
        PartyRole[] order = {PartyRole.ULTIMATE_DEBTOR, PartyRole.INITIATING_PARTY, PartyRole.DEBTOR,
            PartyRole.DEBTOR_AGENT, PartyRole.SENDER, PartyRole.PREVIOUS_INSTRUCTING_AGENT_1,
            PartyRole.PREVIOUS_INSTRUCTING_AGENT_2, PartyRole.PREVIOUS_INSTRUCTING_AGENT_3, PartyRole.INSTRUCTING_AGENT,
            PartyRole.INSTRUCTING_REIMBURSEMENT_AGENT, PartyRole.INSTRUCTED_REIMBURSEMENT_AGENT,
            PartyRole.THIRD_REIMBURSEMENT_AGENT, PartyRole.INTERMEDIARY_AGENT_1, PartyRole.INTERMEDIARY_AGENT_2,
            PartyRole.INTERMEDIARY_AGENT_3, PartyRole.INSTRUCTED_AGENT, PartyRole.RECEIVER, PartyRole.CREDITOR_AGENT,
            PartyRole.CREDITOR, PartyRole.ULTIMATE_CREDITOR, PartyRole.CHARGES_AGENT, PartyRole.INVOICER,
            PartyRole.INVOICEE};
        List<Party> out = new ArrayList<>();
        for (boolean underlying : new boolean[] {false, true}) {
            for (PartyRole role : order) {
                for (Party p : parties) {
                    if (p.role() == role && p.underlying() == underlying) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    static String label(Party p) {
        String base = switch (p.role()) {
            case DEBTOR -> "originator";
            case DEBTOR_AGENT -> "originator's bank";
            case CREDITOR -> "beneficiary";
            case CREDITOR_AGENT -> "beneficiary's bank";
            default -> p.role().key().replace('_', ' ');
        };
        return p.underlying() ? "underlying " + base : base;
    }
}
