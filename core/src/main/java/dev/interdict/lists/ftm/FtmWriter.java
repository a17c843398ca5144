package dev.interdict.lists.ftm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.model.Address;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.Relationship;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes entities as FollowTheMoney JSON lines, one entity per line: {@code id}, {@code schema},
 * {@code properties} (name, alias, weakAlias, previousName, birthDate, nationality in lower-case ISO codes,
 * passportNumber, idNumber, ... as OpenSanctions publishes them), {@code datasets} (the list key). What flat FtM
 * properties cannot hold (name kinds and scripts, birth date ranges, structured addresses, identifier types and
 * countries, relationships) goes into an {@code "interdict"} object that other FtM tools ignore and
 * {@link FtmReader} reads back, so a written entity reads back equal.
 */
public final class FtmWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;

    public FtmWriter(Writer out) {
        this.out = out;
    }

    /** Writes one entity and a line break. */
    public void write(Entity e) throws IOException {
        out.write(toJson(e));
        out.write('\n');
    }

    public void writeAll(List<Entity> entities) throws IOException {
        for (Entity e : entities) {
            write(e);
        }
        out.flush();
    }

    /** One entity as a single-line JSON object. */
    public static String toJson(Entity e) {
        try {
            return JSON.writeValueAsString(toNode(e));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static ObjectNode toNode(Entity e) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", e.id());
        root.put("schema", e.schema().ftmName());
        ObjectNode props = root.putObject("properties");
        for (Name n : e.names()) {
            String key = switch (n.kind()) {
                case PRIMARY -> "name";
                case STRONG_ALIAS -> "alias";
                case WEAK_ALIAS -> "weakAlias";
                case FORMER -> "previousName";
            };
            add(props, key, n.value());
        }
        for (BirthDate d : e.birthDates()) {
            add(props, "birthDate", d.from().toString());
        }
        e.birthPlaces().forEach(v -> add(props, "birthPlace", v));
        e.nationalities().forEach(v -> add(props, "nationality", FtmProperties.countryToFtm(v)));
        e.citizenships().forEach(v -> add(props, "citizenship", FtmProperties.countryToFtm(v)));
        if (e.gender() != null) {
            add(props, "gender", e.gender());
        }
        e.addresses().forEach(a -> add(props, "address", a.full()));
        for (Identifier i : e.identifiers()) {
            String key = FtmProperties.forIdentifier(i.type(), i.value());
            if (key != null) {
                add(props, key, i.value());
            }
        }
        e.emails().forEach(v -> add(props, "email", v));
        e.phones().forEach(v -> add(props, "phone", v));
        e.websites().forEach(v -> add(props, "website", v));
        e.programs().forEach(v -> add(props, "program", v));
        if (e.remarks() != null) {
            add(props, "notes", e.remarks());
        }
        ObjectNode ext = JSON.createObjectNode();
        ObjectNode extProps = JSON.createObjectNode();
        for (Map.Entry<String, List<String>> p : e.properties().entrySet()) {
            ObjectNode target = FtmProperties.MAPPED.contains(p.getKey()) ? extProps : props;
            p.getValue().forEach(v -> add(target, p.getKey(), v));
        }
        root.putArray("datasets").add(e.list());
        ext.put("list", e.list());
        ext.put("sourceId", e.sourceId());
        ArrayNode names = ext.putArray("names");
        for (Name n : e.names()) {
            ObjectNode o = names.addObject().put("value", n.value()).put("kind", n.kind().name());
            putIf(o, "script", n.script());
        }
        ArrayNode dates = ext.putArray("birthDates");
        for (BirthDate d : e.birthDates()) {
            ObjectNode o = dates.addObject().put("from", d.from().toString());
            putIf(o, "to", d.to() == null ? null : d.to().toString());
            if (d.circa()) {
                o.put("circa", true);
            }
        }
        ArrayNode addresses = ext.putArray("addresses");
        for (Address a : e.addresses()) {
            ObjectNode o = addresses.addObject();
            putIf(o, "street", a.street());
            putIf(o, "city", a.city());
            putIf(o, "region", a.region());
            putIf(o, "postalCode", a.postalCode());
            putIf(o, "country", a.country());
        }
        ArrayNode ids = ext.putArray("identifiers");
        for (Identifier i : e.identifiers()) {
            ObjectNode o = ids.addObject().put("type", i.type()).put("value", i.value());
            putIf(o, "country", i.country());
            putIf(o, "note", i.note());
        }
        ArrayNode rels = ext.putArray("relationships");
        for (Relationship r : e.relationships()) {
            ObjectNode o = rels.addObject().put("type", r.type());
            putIf(o, "targetId", r.targetId());
            putIf(o, "targetName", r.targetName());
        }
        if (!extProps.isEmpty()) {
            ext.set("properties", extProps);
        }
        root.set(FtmProperties.EXTENSION, ext);
        return root;
    }

    private static void add(ObjectNode props, String key, String value) {
        ArrayNode arr = props.has(key) ? (ArrayNode) props.get(key) : props.putArray(key);
        arr.add(value);
    }

    private static void putIf(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
