package dev.interdict.app.cli.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interdict.app.cli.CliException;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place the payments commands load lists. INTERIM: a thin adapter until {@code dev.interdict.lists.ListLoader}
 * lands on this branch; it reads an OFAC legacy CSV folder ({@code sdn.csv} + {@code alt.csv}, names, programs,
 * SWIFT/BIC) or FollowTheMoney JSON lines.
 */
final class InterimLists {

    private static final Pattern BIC = Pattern.compile("SWIFT/BIC ([A-Z0-9]{8,11})");

    private InterimLists() {
    }

    static List<Entity> load(List<Path> paths) {
        // TODO(ListLoader): replace this whole class with ListLoader.loadAll(paths) (entities of every ListVersion)
        // once dev.interdict.lists.ListLoader is merged; nothing else in the payments commands needs to change.
        List<Entity> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw CliException.noInput("no such list: " + p);
            }
            try {
                if (Files.isDirectory(p) && Files.exists(p.resolve("sdn.csv"))) {
                    out.addAll(ofacCsv(p));
                } else if (Files.isRegularFile(p) && (p.toString().endsWith(".json")
                        || p.toString().endsWith(".jsonl") || p.toString().endsWith(".ftm"))) {
                    out.addAll(ftm(p));
                } else {
                    throw CliException.badData("unsupported list " + p + ": until ListLoader lands, give an OFAC "
                            + "legacy CSV folder (sdn.csv, alt.csv) or FollowTheMoney JSON lines (.json/.jsonl)");
                }
            } catch (IOException e) {
                throw CliException.badData("cannot read list " + p + ": " + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw CliException.badData("the lists hold no entities: " + paths);
        }
        return out;
    }

    private static List<Entity> ofacCsv(Path dir) throws IOException {
        Map<String, Entity.Builder> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            List<String> f = csv(line);
            if (f.size() < 4 || f.get(0).isEmpty() || f.get(1).isEmpty()) {
                continue;
            }
            Entity.Builder b = Entity.builder("ofac-sdn", f.get(0)).name(Name.primary(f.get(1)));
            b.schema("individual".equalsIgnoreCase(f.get(2)) ? Schema.PERSON
                    : "vessel".equalsIgnoreCase(f.get(2)) ? Schema.VESSEL
                    : "aircraft".equalsIgnoreCase(f.get(2)) ? Schema.AIRCRAFT : Schema.LEGAL_ENTITY);
            for (String prog : f.get(3).replace("[", "").split("]")) {
                if (!prog.isBlank()) {
                    b.program(prog.strip());
                }
            }
            String remarks = f.size() > 11 ? f.get(11) : "";
            Matcher m = BIC.matcher(remarks);
            while (m.find()) {
                b.identifier(new Identifier("SWIFT/BIC", m.group(1)));
            }
            byId.put(f.get(0), b);
        }
        Path alt = dir.resolve("alt.csv");
        if (Files.exists(alt)) {
            for (String line : Files.readAllLines(alt, StandardCharsets.ISO_8859_1)) {
                List<String> f = csv(line);
                if (f.size() >= 4 && byId.containsKey(f.get(0)) && !f.get(3).isEmpty()) {
                    NameKind kind = "fka".equalsIgnoreCase(f.get(2)) ? NameKind.FORMER
                            : "nka".equalsIgnoreCase(f.get(2)) || "aka".equalsIgnoreCase(f.get(2))
                            ? NameKind.STRONG_ALIAS : NameKind.WEAK_ALIAS;
                    byId.get(f.get(0)).name(new Name(f.get(3), kind));
                }
            }
        }
        return byId.values().stream().map(Entity.Builder::build).toList();
    }

    /** One line of OFAC's legacy CSV: quoted fields, {@code -0-} for empty. */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(clean(cur));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(clean(cur));
        return out;
    }

    private static String clean(StringBuilder b) {
        String s = b.toString().strip();
        return s.equals("-0-") ? "" : s;
    }

    private static List<Entity> ftm(Path file) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<Entity> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = m.readTree(line);
                JsonNode props = n.path("properties");
                List<String> names = values(props, "name");
                if (names.isEmpty()) {
                    continue;
                }
                String id = n.path("id").asText();
                Entity.Builder b = Entity.builder("ftm", id);
                Schema s = Schema.fromFtm(n.path("schema").asText());
                b.schema(s == null ? Schema.LEGAL_ENTITY : s);
                names.forEach(x -> b.name(Name.primary(x)));
                values(props, "alias").forEach(x -> b.name(Name.alias(x)));
                values(props, "weakAlias").forEach(x -> b.name(Name.weak(x)));
                values(props, "previousName").forEach(x -> b.name(new Name(x, NameKind.FORMER)));
                values(props, "swiftBic").forEach(x -> b.identifier(new Identifier("SWIFT/BIC", x)));
                values(props, "bicCode").forEach(x -> b.identifier(new Identifier("SWIFT/BIC", x)));
                values(props, "leiCode").forEach(x -> b.identifier(new Identifier("LEI", x)));
                values(props, "iban").forEach(x -> b.identifier(new Identifier("IBAN", x)));
                values(props, "program").forEach(b::program);
                values(props, "programId").forEach(b::program);
                out.add(b.build());
            }
        }
        return out;
    }

    private static List<String> values(JsonNode props, String key) {
        List<String> out = new ArrayList<>();
        props.path(key).forEach(v -> {
            if (!v.asText().isBlank()) {
                out.add(v.asText());
            }
        });
        return out;
    }
}
