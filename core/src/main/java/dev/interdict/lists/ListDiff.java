package dev.interdict.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The difference between two versions of a list, by entity id: entities only in the new version are
 * {@link #added()}, only in the old one {@link #removed()}, and in both but unequal {@link #changed()}, with per
 * field what was added and removed. Fields compared: {@link #FIELDS}; a change in any other part of the entity
 * (remarks, properties, places of birth, ...) is reported under {@code other}.
 */
public final class ListDiff {

    /** The fields a change lists, in order. */
    public static final List<String> FIELDS = List.of("names", "aliases", "programs", "identifiers", "birth_dates",
            "nationalities", "addresses", "schema", "relationships", "other");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Entity> added;
    private final List<Entity> removed;
    private final List<EntityChange> changed;

    private ListDiff(List<Entity> added, List<Entity> removed, List<EntityChange> changed) {
        this.added = List.copyOf(added);
        this.removed = List.copyOf(removed);
        this.changed = List.copyOf(changed);
    }

    /** Compares {@code oldV} with {@code newV}; added and changed in the new version's order, removed in the old's. */
    public static ListDiff between(ListVersion oldV, ListVersion newV) {
        List<Entity> added = new ArrayList<>();
        List<Entity> removed = new ArrayList<>();
        List<EntityChange> changed = new ArrayList<>();
        for (Entity n : newV.entities()) {
            Entity o = oldV.get(n.id()).orElse(null);
            if (o == null) {
                added.add(n);
            } else if (!o.equals(n)) {
                changed.add(change(o, n));
            }
        }
        for (Entity o : oldV.entities()) {
            if (newV.get(o.id()).isEmpty()) {
                removed.add(o);
            }
        }
        return new ListDiff(added, removed, changed);
    }

    public List<Entity> added() { return added; }
    public List<Entity> removed() { return removed; }
    public List<EntityChange> changed() { return changed; }

    /** Whether the versions hold the same entities. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static EntityChange change(Entity o, Entity n) {
        Map<String, EntityChange.FieldChange> fields = new LinkedHashMap<>();
        compare(fields, "names", o, n, e -> List.of(e.caption()));
        compare(fields, "aliases", o, n, ListDiff::aliases);
        compare(fields, "programs", o, n, Entity::programs);
        compare(fields, "identifiers", o, n, e -> e.identifiers().stream().map(ListDiff::identifier).toList());
        compare(fields, "birth_dates", o, n, e -> e.birthDates().stream().map(Object::toString).toList());
        compare(fields, "nationalities", o, n, Entity::countries);
        compare(fields, "addresses", o, n, e -> e.addresses().stream().map(a -> a.full()).toList());
        compare(fields, "schema", o, n, e -> List.of(e.schema().ftmName()));
        compare(fields, "relationships", o, n, e -> e.relationships().stream()
                .map(r -> r.type() + " " + (r.targetName() != null ? r.targetName() : r.targetId())).toList());
        compare(fields, "other", o, n, ListDiff::other);
        if (fields.isEmpty()) {
            // unequal only in what no field shows (e.g. a name's kind or script, an identifier's note)
            fields.put("other", new EntityChange.FieldChange(List.of(ContentHash.canonical(n)),
                    List.of(ContentHash.canonical(o))));
        }
        return new EntityChange(n.id(), n.sourceId(), n.caption(), fields);
    }

    private static List<String> aliases(Entity e) {
        List<String> out = new ArrayList<>();
        for (Name nm : e.names().subList(1, e.names().size())) {
            out.add(nm.kind() == NameKind.WEAK_ALIAS ? nm.value() + " (weak)"
                    : nm.kind() == NameKind.FORMER ? nm.value() + " (former)" : nm.value());
        }
        return out;
    }

    private static String identifier(Identifier i) {
        return i.type() + " " + i.value() + (i.country() == null ? "" : " (" + i.country() + ")");
    }

    private static List<String> other(Entity e) {
        List<String> out = new ArrayList<>();
        e.birthPlaces().forEach(v -> out.add("birth place: " + v));
        if (e.gender() != null) {
            out.add("gender: " + e.gender());
        }
        e.emails().forEach(v -> out.add("email: " + v));
        e.phones().forEach(v -> out.add("phone: " + v));
        e.websites().forEach(v -> out.add("website: " + v));
        e.properties().forEach((k, vs) -> vs.forEach(v -> out.add(k + ": " + v)));
        if (e.remarks() != null) {
            out.add("remarks: " + e.remarks());
        }
        return out;
    }

    private static void compare(Map<String, EntityChange.FieldChange> fields, String name, Entity o, Entity n,
            Function<Entity, List<String>> values) {
        Set<String> before = new LinkedHashSet<>(values.apply(o));
        Set<String> after = new LinkedHashSet<>(values.apply(n));
        List<String> add = after.stream().filter(v -> !before.contains(v)).toList();
        List<String> rem = before.stream().filter(v -> !after.contains(v)).toList();
        if (!add.isEmpty() || !rem.isEmpty()) {
            fields.put(name, new EntityChange.FieldChange(add, rem));
        }
    }

    /** {@code {"added":[…],"removed":[…],"changed":[…]}}, one element per entity (see the CLI docs). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode a = root.putArray("added");
        added.forEach(e -> summary(a.addObject(), e));
        ArrayNode r = root.putArray("removed");
        removed.forEach(e -> summary(r.addObject(), e));
        ArrayNode c = root.putArray("changed");
        for (EntityChange ch : changed) {
            ObjectNode o = c.addObject().put("id", ch.id()).put("source_id", ch.sourceId()).put("caption", ch.caption());
            ObjectNode fs = o.putObject("fields");
            for (String f : FIELDS) {
                EntityChange.FieldChange fc = ch.fields().get(f);
                if (fc != null) {
                    ObjectNode fo = fs.putObject(f);
                    fc.added().forEach(fo.putArray("added")::add);
                    fc.removed().forEach(fo.putArray("removed")::add);
                }
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void summary(ObjectNode o, Entity e) {
        o.put("id", e.id()).put("source_id", e.sourceId()).put("schema", e.schema().ftmName())
                .put("caption", e.caption());
        e.programs().forEach(o.putArray("programs")::add);
    }

    /** A readable summary: counts, then one line per added and removed entity and per changed field. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(added.size()).append(" added, ").append(removed.size()).append(" removed, ")
                .append(changed.size()).append(" changed\n");
        for (Entity e : added) {
            b.append("+ ").append(e.id()).append("  ").append(e.caption()).append("  [")
                    .append(String.join(", ", e.programs())).append("]\n");
        }
        for (Entity e : removed) {
            b.append("- ").append(e.id()).append("  ").append(e.caption()).append("  [")
                    .append(String.join(", ", e.programs())).append("]\n");
        }
        for (EntityChange ch : changed) {
            b.append("~ ").append(ch.id()).append("  ").append(ch.caption()).append('\n');
            for (String f : FIELDS) {
                EntityChange.FieldChange fc = ch.fields().get(f);
                if (fc != null) {
                    fc.added().forEach(v -> b.append("    ").append(f).append(" + ").append(v).append('\n'));
                    fc.removed().forEach(v -> b.append("    ").append(f).append(" - ").append(v).append('\n'));
                }
            }
        }
        return b.toString();
    }
}
