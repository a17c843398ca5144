package dev.interdict.lists.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interdict.lists.ListFormat;
import dev.interdict.lists.ListVersion;
import dev.interdict.lists.LoadReport;
import dev.interdict.model.Address;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.PartialDate;
import dev.interdict.model.Relationship;
import dev.interdict.model.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads FollowTheMoney entities, one JSON object per line, as OpenSanctions publishes them. Entities of schemata
 * the model does not hold (Address, Sanction, Ownership, ...) are skipped with a counted reason; properties the
 * model does not map are kept in {@link Entity#properties()}. The list key is the first of the record's
 * {@code datasets}, else {@value #DEFAULT_LIST}. An {@code "interdict"} object written by {@link FtmWriter} is read
 * back in full.
 */
public final class FtmReader {

    /** The list key of records that name no dataset. */
    public static final String DEFAULT_LIST = "ftm";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the JSON lines file {@code path}. The version's name is the list key of its first entity. */
    public ListVersion read(Path path) throws IOException {
        String file = path.getFileName().toString();
        LoadReport.Builder report = LoadReport.builder();
        List<Entity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Entity e = entity(JSON.readTree(line));
                    if (!ids.add(e.id())) {
                        report.skip(file, n, null, "entity " + e.id() + " occurs twice; the first is kept");
                    } else {
                        entities.add(e);
                    }
                } catch (JsonProcessingException ex) {
                    report.skip(file, n, null, "not a JSON object: " + ex.getOriginalMessage());
                } catch (IllegalArgumentException ex) {
                    report.skip(file, n, null, ex.getMessage());
                }
            }
        }
        String name = entities.isEmpty() ? DEFAULT_LIST : entities.get(0).list();
        return ListVersion.of(name, ListFormat.FTM_JSON, path, entities, report.build(entities));
    }

    /**
     * One entity from its JSON object.
     *
     * @throws IllegalArgumentException for an unknown schema, a missing id or name, or malformed values
     */
    public static Entity entity(JsonNode o) {
        if (!o.isObject()) {
            throw new IllegalArgumentException("expected a JSON object per line");
        }
        String id = text(o.get("id"));
        if (id == null) {
            throw new IllegalArgumentException("entity has no id");
        }
        String schemaName = text(o.get("schema"));
        Schema schema = Schema.fromFtm(schemaName);
        if (schema == null) {
            throw new IllegalArgumentException("schema '" + schemaName + "' is not one the model holds (Person,"
                    + " Organization, Company, LegalEntity, Vessel, Aircraft, CryptoWallet)");
        }
        JsonNode ext = o.get(FtmProperties.EXTENSION);
        JsonNode props = o.path("properties");
        String list = ext != null && ext.hasNonNull("list") ? ext.get("list").asText() : firstDataset(o);
        String sourceId = ext != null && ext.hasNonNull("sourceId") ? ext.get("sourceId").asText()
                : id.startsWith(list + ":") ? id.substring(list.length() + 1) : id;
        Entity.Builder b = Entity.builder(list, sourceId).schema(schema);
        if (ext != null) {
            readExtension(ext, b);
        } else {
            readFlat(props, b);
        }
        values(props, "birthPlace").forEach(b::birthPlace);
        values(props, "nationality").forEach(v -> b.nationality(FtmProperties.countryFromFtm(v)));
        values(props, "citizenship").forEach(v -> b.citizenship(FtmProperties.countryFromFtm(v)));
        for (String g : values(props, "gender")) {
            String lower = g.toLowerCase(Locale.ROOT);
            if (lower.equals("male") || lower.equals("female")) {
                b.gender(lower);
            } else {
                b.property("gender", g);
            }
        }
        values(props, "email").forEach(b::email);
        values(props, "phone").forEach(b::phone);
        values(props, "website").forEach(b::website);
        values(props, "program").forEach(b::program);
        List<String> notes = values(props, "notes");
        b.remarks(notes.isEmpty() ? null : String.join("\n", notes));
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (!FtmProperties.MAPPED.contains(p.getKey())) {
                values(props, p.getKey()).forEach(v -> b.property(p.getKey(), v));
            }
        }
        if (b.names().isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no name");
        }
        return b.build();
    }

    private static void readFlat(JsonNode props, Entity.Builder b) {
        values(props, "name").forEach(v -> b.name(b.names().isEmpty() ? Name.primary(v) : Name.alias(v)));
        values(props, "alias").forEach(v -> b.name(Name.alias(v)));
        values(props, "weakAlias").forEach(v -> b.name(Name.weak(v)));
        values(props, "previousName").forEach(v -> b.name(new Name(v, NameKind.FORMER)));
        for (String d : values(props, "birthDate")) {
            b.birthDate(BirthDate.of(PartialDate.parse(d.length() > 10 ? d.substring(0, 10) : d)));
        }
        values(props, "address").forEach(v -> b.address(new Address(v, null, null, null, null)));
        for (String key : List.of("passportNumber", "idNumber", "taxNumber", "swiftBic", "imoNumber")) {
            values(props, key).forEach(v -> b.identifier(new Identifier(FtmProperties.identifierType(key), v)));
        }
    }

    private static void readExtension(JsonNode ext, Entity.Builder b) {
        for (JsonNode n : ext.path("names")) {
            b.name(new Name(n.path("value").asText(), NameKind.valueOf(n.path("kind").asText()), text(n.get("script"))));
        }
        for (JsonNode d : ext.path("birthDates")) {
            String to = text(d.get("to"));
            b.birthDate(new BirthDate(PartialDate.parse(d.path("from").asText()), to == null ? null : PartialDate.parse(to),
                    d.path("circa").asBoolean(false)));
        }
        for (JsonNode a : ext.path("addresses")) {
            b.address(new Address(text(a.get("street")), text(a.get("city")), text(a.get("region")),
                    text(a.get("postalCode")), text(a.get("country"))));
        }
        for (JsonNode i : ext.path("identifiers")) {
            b.identifier(new Identifier(i.path("type").asText(), i.path("value").asText(), text(i.get("country")),
                    text(i.get("note"))));
        }
        for (JsonNode r : ext.path("relationships")) {
            b.relationship(new Relationship(r.path("type").asText(), text(r.get("targetId")), text(r.get("targetName"))));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = ext.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            p.getValue().forEach(v -> b.property(p.getKey(), v.asText()));
        }
    }

    private static String firstDataset(JsonNode o) {
        JsonNode ds = o.get("datasets");
        if (ds != null && ds.isArray() && !ds.isEmpty() && !ds.get(0).asText().isBlank()) {
            return ds.get(0).asText();
        }
        return DEFAULT_LIST;
    }

    private static List<String> values(JsonNode props, String key) {
        List<String> out = new ArrayList<>();
        JsonNode v = props.get(key);
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (!x.isNull() && !x.asText().isBlank()) {
                    out.add(x.asText());
                }
            }
        } else if (!v.asText().isBlank()) {
            out.add(v.asText());
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
