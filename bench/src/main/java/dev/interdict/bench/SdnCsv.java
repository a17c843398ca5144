package dev.interdict.bench;

import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
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
 * BENCH-ONLY, INTERIM: a minimal reader of OFAC's legacy {@code sdn.csv} + {@code alt.csv} (names, aliases,
 * programs, SWIFT/BIC from remarks) so the payments benchmark has a full-size list before
 * {@code dev.interdict.lists.ListLoader} lands. Replace with {@code ListLoader.load(dir).entities()} then.
 * Not a product reader: it ignores addresses, birth dates and everything else in the remarks.
 */
final class SdnCsv {

    private static final Pattern BIC = Pattern.compile("SWIFT/BIC ([A-Z0-9]{8,11})");

    private SdnCsv() {
    }

    static List<Entity> read(Path dir) throws IOException {
        Map<String, Entity.Builder> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            List<String> f = fields(line);
            if (f.size() < 4 || f.get(0).isEmpty() || f.get(1).isEmpty()) {
                continue;
            }
            Entity.Builder b = Entity.builder("ofac-sdn", f.get(0)).name(Name.primary(f.get(1)))
                    .schema("individual".equalsIgnoreCase(f.get(2)) ? Schema.PERSON : Schema.LEGAL_ENTITY);
            for (String p : f.get(3).replace("[", "").split("]")) {
                if (!p.isBlank()) {
                    b.program(p.strip());
                }
            }
            Matcher m = BIC.matcher(f.size() > 11 ? f.get(11) : "");
            while (m.find()) {
                b.identifier(new Identifier("SWIFT/BIC", m.group(1)));
            }
            byId.put(f.get(0), b);
        }
        Path alt = dir.resolve("alt.csv");
        if (Files.exists(alt)) {
            for (String line : Files.readAllLines(alt, StandardCharsets.ISO_8859_1)) {
                List<String> f = fields(line);
                if (f.size() >= 4 && byId.containsKey(f.get(0)) && !f.get(3).isEmpty()) {
                    byId.get(f.get(0)).name(Name.alias(f.get(3)));
                }
            }
        }
        return byId.values().stream().map(Entity.Builder::build).toList();
    }

    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
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
}
