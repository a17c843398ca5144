package dev.interdict.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Decisions as JSON, the one shape the CLI ({@code payments screen} output lines) and the HTTP route
 * ({@code POST /api/v1/payments/screen}) return:
 * {@code {"message_id","end_to_end_id","uetr","decision","reason","hits":[{"role","path","value","source_id","score",
 * "programs",...}],"message_type","transaction_id","amount","currency"}}.
 */
public final class DecisionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DecisionJson() {
    }

    public static ObjectNode decision(PaymentDecision d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("message_id", d.messageId());
        n.put("end_to_end_id", d.endToEndId());
        n.put("uetr", d.uetr());
        n.put("decision", d.action().name());
        n.put("reason", d.reason());
        n.set("hits", hits(d.hits()));
        n.put("message_type", d.definition());
        n.put("transaction_id", d.transactionId());
        if (d.transaction() != null && d.transaction().amount() != null) {
            n.put("amount", d.transaction().amount().toPlainString());
            n.put("currency", d.transaction().currency());
        }
        return n;
    }

    /** Every decision of one message, as an array. */
    public static ArrayNode decisions(List<PaymentDecision> ds) {
        ArrayNode a = MAPPER.createArrayNode();
        ds.forEach(d -> a.add(decision(d)));
        return a;
    }

    public static ArrayNode hits(List<Hit> hits) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Hit h : hits) {
            ObjectNode o = a.addObject();
            o.put("role", h.role());
            o.put("path", h.path());
            o.put("value", h.value());
            o.put("source_id", h.sourceId());
            o.put("score", Math.round(h.score() * 1000) / 1000.0);
            ArrayNode p = o.putArray("programs");
            h.programs().forEach(p::add);
            o.put("kind", h.kind().name());
            o.put("matched_name", h.matchedName());
            o.put("action", h.action().name());
        }
        return a;
    }
}
