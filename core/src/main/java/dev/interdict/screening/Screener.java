package dev.interdict.screening;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Screens names against a fixed set of list entities. Build one per list version; thread-safe for screening.
 */
public final class Screener {

    /** The recommended operating point: matches at or above it are alerts. */
    public static final double DEFAULT_THRESHOLD = 0.85;
    /** How many matches a query returns by default. */
    public static final int DEFAULT_LIMIT = 10;

    private final List<Entity> entities;

    private Screener(Collection<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    /** Builds the index over {@code entities}. */
    public static Screener of(Collection<Entity> entities) {
        return new Screener(entities);
    }

    public int entityCount() {
        return entities.size();
    }

    public List<Match> screen(Query query) {
        return screen(query, DEFAULT_THRESHOLD, DEFAULT_LIMIT);
    }

    /**
     * The entities whose names match {@code query} at or above {@code threshold}, best first, at most
     * {@code limit}.
     */
    public List<Match> screen(Query query, double threshold, int limit) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in 0..1, got " + threshold);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        List<Match> out = new ArrayList<>();
        String q = query.name().toUpperCase();
        for (Entity e : entities) {
            if (query.schema() != null && !query.schema().matches(e.schema())) {
                continue;
            }
            for (Name n : e.names()) {
                if (n.value().toUpperCase().equals(q)) {
                    out.add(new Match(e, n.value(), n.kind(), 1.0,
                            new Explanation(1.0, List.of(), List.of(), List.of(), 1.0)));
                    break;
                }
            }
        }
        out.sort(null);
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Entities listing an identifier equal to {@code value} after normalisation (spaces, dashes, case). */
    public List<Entity> findByIdentifier(String value) {
        String v = dev.interdict.model.Identifier.normalize("", value);
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            for (var id : e.identifiers()) {
                if (id.normalizedValue().equalsIgnoreCase(v)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }

    /** The name score of two names, as the screener would score them; for pairwise evaluation. */
    public static double compare(Schema schema, String name1, String name2) {
        return name1.equalsIgnoreCase(name2) ? 1.0 : 0.0;
    }
}
