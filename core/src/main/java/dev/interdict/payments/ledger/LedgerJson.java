package dev.interdict.payments.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.payments.Action;
import dev.interdict.payments.FieldKind;
import dev.interdict.payments.Hit;
import dev.interdict.payments.Party;
import dev.interdict.payments.PartyField;
import dev.interdict.payments.PartyRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Ledger events to and from JSON, explicitly field by field (the file format is a contract: no reflection). */
public final class LedgerJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private LedgerJson() {
    }

    public static String line(LedgerEvent e) {
        return event(e).toString();
    }

    public static ObjectNode event(LedgerEvent e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("seq", e.seq());
        n.put("at", e.at().toString());
        n.put("type", e.type().name());
        n.put("record_id", e.recordId());
        n.put("actor", e.actor());
        putOpt(n, "licence", e.licence());
        putOpt(n, "target", e.target());
        putOpt(n, "note", e.note());
        if (e.record() != null) {
            n.set("record", record(e.record()));
        }
        return n;
    }

    public static LedgerEvent event(JsonNode n) {
        return new LedgerEvent(n.path("seq").asLong(), Instant.parse(n.path("at").asText()),
                LedgerEvent.Type.valueOf(n.path("type").asText()), n.path("record_id").asText(),
                n.path("actor").asText(), text(n, "licence"), text(n, "target"), text(n, "note"),
                n.hasNonNull("record") ? record(n.get("record")) : null);
    }

    /** A blocked-property record as JSON (also used by the CLI and reports). */
    public static ObjectNode record(BlockedProperty r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("status", r.status().name());
        n.put("blocked_at", r.blockedAt().toString());
        n.put("blocked_date", r.blockedDate().toString());
        n.put("report_due", r.reportDue().toString());
        n.put("blocked_by", r.blockedBy());
        putOpt(n, "note", r.note());
        putOpt(n, "message_definition", r.definition());
        putOpt(n, "message_id", r.messageId());
        putOpt(n, "end_to_end_id", r.endToEndId());
        putOpt(n, "transaction_id", r.transactionId());
        putOpt(n, "uetr", r.uetr());
        if (r.amount() != null) {
            n.put("amount", r.amount().toPlainString());
        }
        putOpt(n, "currency", r.currency());
        putOpt(n, "value_date", r.valueDate() == null ? null : r.valueDate().toString());
        ArrayNode ps = n.putArray("parties");
        for (Party p : r.parties()) {
            ObjectNode o = ps.addObject().put("role", p.role().name()).put("underlying", p.underlying())
                    .put("path", p.path());
            ArrayNode fs = o.putArray("fields");
            for (PartyField f : p.fields()) {
                fs.addObject().put("kind", f.kind().name()).put("path", f.path()).put("value", f.value());
            }
        }
        n.set("hits", hits(r.hits()));
        putOpt(n, "entity_id", r.entityId());
        putOpt(n, "entity_name", r.entityName());
        ArrayNode progs = n.putArray("programs");
        r.programs().forEach(progs::add);
        if (r.pending() != null) {
            BlockedProperty.Request q = r.pending();
            ObjectNode o = n.putObject("pending").put("kind", q.kind().name()).put("licence", q.licence())
                    .put("requested_by", q.requestedBy()).put("at", q.at().toString());
            putOpt(o, "target", q.target());
            putOpt(o, "note", q.note());
        }
        putOpt(n, "reported_at", r.reportedAt() == null ? null : r.reportedAt().toString());
        putOpt(n, "report_ref", r.reportRef());
        putOpt(n, "closed_at", r.closedAt() == null ? null : r.closedAt().toString());
        putOpt(n, "licence", r.licence());
        putOpt(n, "raw", r.raw());
        return n;
    }

    public static BlockedProperty record(JsonNode n) {
        List<Party> parties = new ArrayList<>();
        for (JsonNode p : n.path("parties")) {
            List<PartyField> fs = new ArrayList<>();
            for (JsonNode f : p.path("fields")) {
                fs.add(new PartyField(FieldKind.valueOf(f.path("kind").asText()), f.path("path").asText(),
                        f.path("value").asText()));
            }
            parties.add(new Party(PartyRole.valueOf(p.path("role").asText()), p.path("underlying").asBoolean(),
                    p.path("path").asText(), fs));
        }
        List<Hit> hits = new ArrayList<>();
        for (JsonNode h : n.path("hits")) {
            List<String> progs = new ArrayList<>();
            h.path("programs").forEach(x -> progs.add(x.asText()));
            hits.add(new Hit(Hit.Kind.valueOf(h.path("kind").asText()), text(h, "role"), text(h, "path"),
                    text(h, "value"), text(h, "source_id"), text(h, "matched_name"), h.path("score").asDouble(),
                    progs, Action.valueOf(h.path("action").asText())));
        }
        List<String> programs = new ArrayList<>();
        n.path("programs").forEach(x -> programs.add(x.asText()));
        BlockedProperty.Request pending = null;
        JsonNode q = n.get("pending");
        if (q != null && !q.isNull()) {
            pending = new BlockedProperty.Request(BlockedProperty.RequestKind.valueOf(q.path("kind").asText()),
                    text(q, "licence"), text(q, "requested_by"), Instant.parse(q.path("at").asText()),
                    text(q, "target"), text(q, "note"));
        }
        return new BlockedProperty(n.path("id").asText(), Status.valueOf(n.path("status").asText()),
                Instant.parse(n.path("blocked_at").asText()), LocalDate.parse(n.path("blocked_date").asText()),
                LocalDate.parse(n.path("report_due").asText()), text(n, "blocked_by"), text(n, "note"),
                text(n, "message_definition"), text(n, "message_id"), text(n, "end_to_end_id"),
                text(n, "transaction_id"), text(n, "uetr"),
                n.hasNonNull("amount") ? new BigDecimal(n.get("amount").asText()) : null, text(n, "currency"),
                n.hasNonNull("value_date") ? LocalDate.parse(n.get("value_date").asText()) : null, parties, hits,
                text(n, "entity_id"), text(n, "entity_name"), programs, text(n, "raw"), pending,
                n.hasNonNull("reported_at") ? Instant.parse(n.get("reported_at").asText()) : null,
                text(n, "report_ref"), n.hasNonNull("closed_at") ? Instant.parse(n.get("closed_at").asText()) : null,
                text(n, "licence"));
    }

    /** Hits as the JSON array the CLI output, the HTTP route and the ledger share. */
    public static ArrayNode hits(List<Hit> hits) {
        return dev.interdict.payments.DecisionJson.hits(hits);
    }

    private static void putOpt(ObjectNode n, String k, String v) {
        if (v != null) {
            n.put(k, v);
        }
    }

    private static String text(JsonNode n, String k) {
        JsonNode v = n.get(k);
        return v == null || v.isNull() ? null : v.asText();
    }
}
