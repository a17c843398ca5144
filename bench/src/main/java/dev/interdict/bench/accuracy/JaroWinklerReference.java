package dev.interdict.bench.accuracy;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import dev.interdict.text.NameNormalizer;
import dev.interdict.text.StringDistance;
import java.util.ArrayList;
import java.util.List;

/**
 * The brute-force reference: the Jaro-Winkler similarity of the whole query (folded, transliterated, "LAST,
 * First" turned round) with every list name, best first. This is what simple screening tools do.
 */
final class JaroWinklerReference {

    private final String[] names;
    private final String[] owner;

    JaroWinklerReference(List<Entity> entities) {
        List<String> n = new ArrayList<>();
        List<String> o = new ArrayList<>();
        for (Entity e : entities) {
            for (Name name : e.names()) {
                String t = NameNormalizer.normalize(name.value(), e.schema() == Schema.PERSON).text();
                if (!t.isEmpty()) {
                    n.add(t);
                    o.add(e.id());
                }
            }
        }
        names = n.toArray(String[]::new);
        owner = o.toArray(String[]::new);
    }

    static String norm(String q) {
        return NameNormalizer.normalize(q, true).text();
    }

    /** Best similarity over every list name. */
    double maxScore(String query) {
        String q = norm(query);
        double best = 0;
        int lq = q.length();
        for (String n : names) {
            if (bound(lq, n.length()) <= best) {
                continue;
            }
            double s = StringDistance.jaroWinkler(q, n);
            if (s > best) {
                best = s;
            }
        }
        return best;
    }

    /** Best similarity over the names of one entity. */
    double targetScore(String query, String entityId) {
        String q = norm(query);
        double best = 0;
        for (int i = 0; i < names.length; i++) {
            if (owner[i].equals(entityId)) {
                best = Math.max(best, StringDistance.jaroWinkler(q, names[i]));
            }
        }
        return best;
    }

    /** An upper bound of Jaro-Winkler for strings of these lengths. */
    private static double bound(int a, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        double jaro = (2.0 + (double) Math.min(a, b) / Math.max(a, b)) / 3.0;
        return jaro + 0.4 * (1 - jaro);
    }
}
