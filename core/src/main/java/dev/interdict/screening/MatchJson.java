package dev.interdict.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.model.Entity;
import java.util.List;

/**
 * The one JSON shape of a match, shared by the CLI, the HTTP API and the payment screener:
 * {@code {"list","source_id","entity_id","schema","caption","matched_name","name_kind","score","programs",
 * "explanation":{"text","name_score","tokens":[…],"attributes":[…],"notes":[…]}}}.
 */
public final class MatchJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MatchJson() {
    }

    public static ObjectNode toJson(Match m) {
        Entity e = m.entity();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("list", e.list());
        o.put("source_id", e.sourceId());
        o.put("entity_id", e.id());
        o.put("schema", e.schema().ftmName());
        o.put("caption", e.caption());
        o.put("matched_name", m.matchedName());
        o.put("name_kind", m.nameKind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("score", round(m.score()));
        ArrayNode programs = o.putArray("programs");
        e.programs().forEach(programs::add);
        o.set("explanation", explanation(m.explanation()));
        return o;
    }

    public static ArrayNode toJson(List<Match> matches) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Match m : matches) {
            a.add(toJson(m));
        }
        return a;
    }

    public static ObjectNode explanation(Explanation x) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", x.text());
        o.put("name_score", round(x.nameScore()));
        ArrayNode tokens = o.putArray("tokens");
        for (Explanation.TokenMatch t : x.tokens()) {
            ObjectNode n = tokens.addObject();
            n.put("query", t.query());
            n.put("list", t.list());
            n.put("how", t.how().name().toLowerCase(java.util.Locale.ROOT));
            n.put("similarity", round(t.similarity()));
            n.put("weight", round(t.weight()));
        }
        ArrayNode attrs = o.putArray("attributes");
        for (Explanation.AttributeCheck a : x.attributes()) {
            ObjectNode n = attrs.addObject();
            n.put("attribute", a.attribute());
            n.put("outcome", a.outcome().name().toLowerCase(java.util.Locale.ROOT));
            n.put("query", a.queryValue());
            n.put("list", a.listValue());
            n.put("effect", round(a.effect()));
        }
        ArrayNode notes = o.putArray("notes");
        x.notes().forEach(notes::add);
        return o;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
