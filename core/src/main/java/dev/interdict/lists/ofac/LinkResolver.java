package dev.interdict.lists.ofac;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves relationships that name their target ("Linked To: CARTEL DE JALISCO NUEVA GENERACION") to the target's
 * {@link Entity#id()}: the one entity of the same list with that primary or alias name, compared case-insensitively
 * with spacing and a trailing period ignored. A name that several entities share, or none has, stays unresolved.
 */
public final class LinkResolver {

    private LinkResolver() {
    }

    /** {@code entities} with every resolvable relationship given its target id. */
    public static List<Entity> resolve(List<Entity> entities) {
        Map<String, Set<String>> idsByName = new HashMap<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                idsByName.computeIfAbsent(key(n.value()), k -> new LinkedHashSet<>()).add(e.id());
            }
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            boolean changed = false;
            List<Relationship> rels = new ArrayList<>(e.relationships().size());
            for (Relationship r : e.relationships()) {
                Set<String> ids = r.targetId() == null ? idsByName.get(key(r.targetName())) : null;
                if (ids != null && ids.size() == 1 && !ids.contains(e.id())) {
                    rels.add(new Relationship(r.type(), ids.iterator().next(), r.targetName()));
                    changed = true;
                } else {
                    rels.add(r);
                }
            }
            out.add(changed ? new Entity(e.id(), e.list(), e.sourceId(), e.schema(), e.names(), e.birthDates(),
                    e.birthPlaces(), e.nationalities(), e.citizenships(), e.gender(), e.addresses(), e.identifiers(),
                    e.programs(), rels, e.emails(), e.phones(), e.websites(), e.properties(), e.remarks()) : e);
        }
        return out;
    }

    /** The comparison key of a name: upper case, single spaces, no trailing period. */
    static String key(String name) {
        String k = name.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        while (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }
}
