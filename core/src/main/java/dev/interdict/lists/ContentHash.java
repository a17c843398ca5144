package dev.interdict.lists;

import dev.interdict.model.Address;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.Relationship;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of a list's content: each entity is written in a canonical form (every field in a fixed order, every
 * string length-prefixed so no value can imitate a separator), the forms are sorted, and the hash runs over them.
 * The order of entities in the file therefore does not matter; the order of names within an entity does (the
 * first name is the primary one).
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** Hex SHA-256 over the sorted canonical forms of {@code entities}. */
    public static String of(List<Entity> entities) {
        List<String> forms = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            forms.add(canonical(e));
        }
        forms.sort(null);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        for (String f : forms) {
            sha.update(f.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** One entity's canonical form: stable across runs and JVMs. */
    public static String canonical(Entity e) {
        StringBuilder b = new StringBuilder(256);
        str(b, e.id());
        str(b, e.list());
        str(b, e.sourceId());
        str(b, e.schema().name());
        b.append("N").append(e.names().size());
        for (Name n : e.names()) {
            str(b, n.value());
            str(b, n.kind().name());
            str(b, n.script());
        }
        b.append("D").append(e.birthDates().size());
        for (BirthDate d : e.birthDates()) {
            str(b, d.toString());
        }
        strs(b, "P", e.birthPlaces());
        strs(b, "C", e.nationalities());
        strs(b, "Z", e.citizenships());
        str(b, e.gender());
        b.append("A").append(e.addresses().size());
        for (Address a : e.addresses()) {
            str(b, a.street());
            str(b, a.city());
            str(b, a.region());
            str(b, a.postalCode());
            str(b, a.country());
        }
        b.append("I").append(e.identifiers().size());
        for (Identifier i : e.identifiers()) {
            str(b, i.type());
            str(b, i.value());
            str(b, i.country());
            str(b, i.note());
        }
        strs(b, "G", e.programs());
        b.append("R").append(e.relationships().size());
        for (Relationship r : e.relationships()) {
            str(b, r.type());
            str(b, r.targetId());
            str(b, r.targetName());
        }
        strs(b, "E", e.emails());
        strs(b, "T", e.phones());
        strs(b, "W", e.websites());
        b.append("M").append(e.properties().size());
        for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
            str(b, p.getKey());
            strs(b, "V", p.getValue());
        }
        str(b, e.remarks());
        return b.toString();
    }

    private static void strs(StringBuilder b, String tag, List<String> values) {
        b.append(tag).append(values.size());
        for (String v : values) {
            str(b, v);
        }
    }

    private static void str(StringBuilder b, String s) {
        if (s == null) {
            b.append("-");
        } else {
            b.append(s.length()).append(':').append(s);
        }
    }
}
