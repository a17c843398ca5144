package dev.interdict.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.payments.Party;
import dev.interdict.payments.PartyRole;
import dev.interdict.payments.ledger.BlockedProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Annual Report of Blocked Property (31 CFR 501.603(b)(2)): all property blocked as of June 30 of a year, due to
 * OFAC by September 30. One line per record still blocked at the end of June 30 (blocked on or before, not released
 * or transferred by then), with totals per currency.
 */
public final class AnnualBlockedPropertyReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnnualBlockedPropertyReport() {
    }

    /** June 30 of {@code year}. */
    public static LocalDate asOf(int year) {
        return LocalDate.of(year, 6, 30);
    }

    /** The records still blocked at the end of June 30 of {@code year}. */
    public static List<BlockedProperty> holdings(List<BlockedProperty> records, int year, ZoneId zone) {
        LocalDate d = asOf(year);
        return records.stream().filter(r -> r.blockedOn(d, zone)).toList();
    }

    public static ObjectNode json(List<BlockedProperty> records, int year, ZoneId zone, ReportingInstitution inst) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("report_type", "Annual Report of Blocked Property (31 CFR 501.603(b)(2))");
        n.put("as_of", asOf(year).toString());
        n.put("due", LocalDate.of(year, 9, 30).toString());
        n.putObject("reporting_institution").put("name", inst.name()).put("address", inst.address())
                .put("contact_name", inst.contactName()).put("contact_phone", inst.contactPhone())
                .put("contact_email", inst.contactEmail());
        ArrayNode items = n.putArray("property");
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (BlockedProperty r : holdings(records, year, zone)) {
            ObjectNode o = items.addObject();
            o.put("record_id", r.id()).put("date_blocked", r.blockedDate().toString())
                    .put("blocked_person", r.entityName()).put("list_entry", r.entityId())
                    .put("programs", String.join(", ", r.programs())).put("property_type", "funds transfer")
                    .put("amount", r.amount() == null ? null : r.amount().toPlainString())
                    .put("currency", r.currency()).put("originator", name(r, PartyRole.DEBTOR))
                    .put("beneficiary", name(r, PartyRole.CREDITOR)).put("reference", r.messageId())
                    .put("uetr", r.uetr()).put("status_on_" + asOf(year), "BLOCKED");
            if (r.amount() != null && r.currency() != null) {
                totals.merge(r.currency(), r.amount(), BigDecimal::add);
            }
        }
        ObjectNode t = n.putObject("totals");
        totals.forEach((c, a) -> t.put(c, a.toPlainString()));
        n.put("count", items.size());
        return n;
    }

    public static String text(List<BlockedProperty> records, int year, ZoneId zone, ReportingInstitution inst) {
        List<BlockedProperty> held = holdings(records, year, zone);
        StringBuilder b = new StringBuilder();
        b.append("ANNUAL REPORT OF BLOCKED PROPERTY as of ").append(asOf(year)).append(" (due ")
                .append(LocalDate.of(year, 9, 30)).append(")\n");
        b.append("Reporting institution: ").append(inst.name()).append(", ").append(inst.address()).append('\n');
        b.append("Contact: ").append(inst.contactName()).append(", ").append(inst.contactPhone()).append(", ")
                .append(inst.contactEmail()).append("\n\n");
        b.append(String.format("%-16s %-10s %-36s %-28s %18s %-3s%n", "record", "blocked", "blocked person",
                "programs", "amount", "ccy"));
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (BlockedProperty r : held) {
            b.append(String.format("%-16s %-10s %-36.36s %-28.28s %18s %-3s%n", r.id(), r.blockedDate(),
                    r.entityName(), String.join(",", r.programs()),
                    r.amount() == null ? "-" : r.amount().toPlainString(), r.currency() == null ? "" : r.currency()));
            if (r.amount() != null && r.currency() != null) {
                totals.merge(r.currency(), r.amount(), BigDecimal::add);
            }
        }
        b.append('\n').append(held.size()).append(" item(s) blocked as of ").append(asOf(year)).append('\n');
        totals.forEach((c, a) -> b.append("Total ").append(c).append(": ").append(a.toPlainString()).append('\n'));
        return b.toString();
    }

    private static String name(BlockedProperty r, PartyRole role) {
        List<String> names = new ArrayList<>();
        for (Party p : r.parties()) {
            if (p.role() == role && p.name() != null) {
                names.add((p.underlying() ? "underlying: " : "") + p.name());
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }
}
