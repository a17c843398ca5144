package dev.interdict.lists;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges entities that share an {@link Entity#id()}: names, dates, identifiers, programs, addresses and properties
 * are united; scalars (gender, remarks) keep the first value that is set; a specific schema beats
 * {@link Schema#LEGAL_ENTITY}.
 *
 * <p>The primary name comes from the first entity that read it as a primary name. An entity whose primary name a
 * reader only derived (it carries {@link #DERIVED_PRIMARY} in its properties, as OFAC entities built from
 * {@code alt.csv} alone do) gives way to any entity with a real primary name; its derived name stays as an alias.
 */
public final class EntityMerger {

    /** Property marking an entity whose primary name was derived from an alias, not read as a primary name. */
    public static final String DERIVED_PRIMARY = "primaryNameDerivedFromAlias";

    private EntityMerger() {
    }

    /** Entities of all {@code versions}, those with equal ids merged, in order of first appearance. */
    public static List<Entity> merge(List<ListVersion> versions) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (ListVersion v : versions) {
            for (Entity e : v.entities()) {
                byId.merge(e.id(), e, EntityMerger::merge);
            }
        }
        return List.copyOf(byId.values());
    }

    /** {@code a} and {@code b} (same id) merged into one entity. */
    public static Entity merge(Entity a, Entity b) {
        if (!a.id().equals(b.id())) {
            throw new IllegalArgumentException("only entities with the same id merge, got " + a.id() + " and " + b.id());
        }
        boolean aDerived = a.properties().containsKey(DERIVED_PRIMARY);
        boolean bDerived = b.properties().containsKey(DERIVED_PRIMARY);
        Entity first = aDerived && !bDerived ? b : a;
        Entity second = first == a ? b : a;
        Entity.Builder m = aDerived && bDerived ? first.toBuilder() : withoutDerivedMark(first.toBuilder(), first);
        if (m.schema() == Schema.LEGAL_ENTITY && second.schema() != Schema.LEGAL_ENTITY) {
            m.schema(second.schema());
        }
        for (Name n : second.names()) {
            m.name(n.kind() == NameKind.PRIMARY ? new Name(n.value(), NameKind.STRONG_ALIAS, n.script()) : n);
        }
        second.birthDates().forEach(m::birthDate);
        second.birthPlaces().forEach(m::birthPlace);
        second.nationalities().forEach(m::nationality);
        second.citizenships().forEach(m::citizenship);
        second.addresses().forEach(m::address);
        second.identifiers().forEach(m::identifier);
        second.programs().forEach(m::program);
        second.relationships().forEach(m::relationship);
        second.emails().forEach(m::email);
        second.phones().forEach(m::phone);
        second.websites().forEach(m::website);
        second.properties().forEach((k, vs) -> {
            if (!k.equals(DERIVED_PRIMARY) || (aDerived && bDerived)) {
                vs.forEach(v -> m.property(k, v));
            }
        });
        Entity built = m.build();
        Entity.Builder fin = built.toBuilder();
        if (built.gender() == null) {
            fin.gender(second.gender());
        }
        if (built.remarks() == null) {
            fin.remarks(second.remarks());
        } else if (second.remarks() != null && !second.remarks().equals(built.remarks())
                && !built.remarks().contains(second.remarks())) {
            fin.remarks(built.remarks() + "\n" + second.remarks());
        }
        return fin.build();
    }

    private static Entity.Builder withoutDerivedMark(Entity.Builder b, Entity e) {
        if (!e.properties().containsKey(DERIVED_PRIMARY)) {
            return b;
        }
        Map<String, List<String>> props = new LinkedHashMap<>(e.properties());
        props.remove(DERIVED_PRIMARY);
        Entity copy = new Entity(e.id(), e.list(), e.sourceId(), e.schema(), e.names(), e.birthDates(),
                e.birthPlaces(), e.nationalities(), e.citizenships(), e.gender(), e.addresses(), e.identifiers(),
                e.programs(), e.relationships(), e.emails(), e.phones(), e.websites(), props, e.remarks());
        return copy.toBuilder();
    }
}
