package dev.interdict.app.service;

import dev.interdict.model.BirthDate;
import dev.interdict.model.Entity;
import dev.interdict.screening.Explanation;
import dev.interdict.screening.Match;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches as JSON objects (snake_case keys), the one shape used by the API, stored alerts and the CLI's JSON:
 * {@code id, list, source_id, schema, name, matched_name, name_kind, score, programs, countries, birth_dates,
 * explanation}.
 */
public final class Matches {

    private Matches() {
    }

    public static Map<String, Object> json(Match m) {
        Entity e = m.entity();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("list", e.list());
        out.put("source_id", e.sourceId());
        out.put("schema", e.schema().ftmName());
        out.put("name", e.caption());
        out.put("matched_name", m.matchedName());
        out.put("name_kind", m.nameKind().name().toLowerCase(Locale.ROOT));
        out.put("score", round(m.score()));
        out.put("programs", e.programs());
        out.put("countries", e.countries());
        out.put("birth_dates", e.birthDates().stream().map(BirthDate::toString).toList());
        out.put("explanation", explanation(m.explanation()));
        return out;
    }

    public static Map<String, Object> explanation(Explanation x) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", x.text());
        out.put("name_score", round(x.nameScore()));
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (Explanation.TokenMatch t : x.tokens()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("query", t.query());
            tm.put("list", t.list());
            tm.put("how", t.how().name().toLowerCase(Locale.ROOT));
            tm.put("similarity", round(t.similarity()));
            tm.put("weight", round(t.weight()));
            tokens.add(tm);
        }
        out.put("tokens", tokens);
        List<Map<String, Object>> attrs = new ArrayList<>();
        for (Explanation.AttributeCheck a : x.attributes()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("attribute", a.attribute());
            am.put("outcome", a.outcome().name().toLowerCase(Locale.ROOT));
            am.put("query_value", a.queryValue());
            am.put("list_value", a.listValue());
            am.put("effect", round(a.effect()));
            attrs.add(am);
        }
        out.put("attributes", attrs);
        out.put("notes", x.notes());
        out.put("score", round(x.score()));
        return out;
    }

    static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }
}
