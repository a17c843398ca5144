package dev.interdict.screening;

import dev.interdict.model.Entity;
import dev.interdict.model.NameKind;

/**
 * One list entity that a query matched, with the score and the reasons for it.
 *
 * @param entity      the list entity
 * @param matchedName the entity's name that aligned best with the query
 * @param nameKind    whether that name is the primary name, a strong or a weak alias
 * @param score       0..1; compare with {@link Screener#DEFAULT_THRESHOLD}
 * @param explanation how the score was formed
 */
public record Match(Entity entity, String matchedName, NameKind nameKind, double score, Explanation explanation)
        implements Comparable<Match> {

    /** Best score first; ties by entity id, so results are deterministic. */
    @Override
    public int compareTo(Match o) {
        int c = Double.compare(o.score, score);
        return c != 0 ? c : entity.id().compareTo(o.entity.id());
    }
}
