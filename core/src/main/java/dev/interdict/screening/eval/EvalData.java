package dev.interdict.screening.eval;

import dev.interdict.io.CsvParser;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import dev.interdict.screening.Query;
import dev.interdict.screening.eval.VariantGenerator.Half;
import dev.interdict.text.Folding;
import dev.interdict.text.Nicknames;
import dev.interdict.text.StringDistance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Readers for the evaluation files of {@code shared/data/names} and the hard-negative generator. */
public final class EvalData {

    private EvalData() {
    }

    /** One row of {@code negatives_us_synthetic.csv} / {@code us_congress_names.csv}. */
    public record Person(String fullName, String firstName, String middleName, String lastName, String birthDate,
            String nationality) {

        /** The query a bank would screen: the name only, or with birth date and nationality when known. */
        public Query query(boolean withAttributes) {
            Query q = Query.of(fullName, Schema.PERSON);
            if (withAttributes) {
                if (birthDate != null && !birthDate.isBlank()) {
                    try {
                        q = q.withBirthDate(BirthDate.parse(birthDate));
                    } catch (IllegalArgumentException e) {
                        // unparseable date: screen without
                    }
                }
                if (nationality != null && !nationality.isBlank()) {
                    q = q.withCountry(nationality);
                }
            }
            return q;
        }
    }

    /** A pair of names that should match, with the file's expected score (or minimum score). */
    public record Pair(String a, String b, double expected, String note) {
    }

    /** Reads a persons file (header row, columns as in the shared data README). */
    public static List<Person> readPersons(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<Person> out = new ArrayList<>(lines.size());
        Map<String, Integer> col = new HashMap<>();
        List<String> header = CsvParser.parseLine(lines.get(0));
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip(), i);
        }
        for (int l = 1; l < lines.size(); l++) {
            if (lines.get(l).isBlank()) {
                continue;
            }
            List<String> f = CsvParser.parseLine(lines.get(l));
            out.add(new Person(get(f, col, "full_name"), get(f, col, "first_name"), get(f, col, "middle_name"),
                    get(f, col, "last_name"), get(f, col, "date_of_birth"), get(f, col, "nationality")));
        }
        return out;
    }

    private static String get(List<String> f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= f.size() ? "" : f.get(i).strip();
    }

    /**
     * The half of a negative row: a stable hash (FNV-1a) of the whole row (name, birth date, nationality), so the
     * matcher is tuned on the {@code TUNING} rows of the negatives files and reported on the {@code HELD_BACK} rows.
     */
    public static Half half(Person p) {
        return VariantGenerator.half(String.join("|", p.fullName(), p.firstName(), p.middleName(), p.lastName(),
                p.birthDate(), p.nationality()));
    }

    /** The rows of {@code persons} in {@code half}. */
    public static List<Person> inHalf(List<Person> persons, Half half) {
        return persons.stream().filter(p -> half(p) == half).toList();
    }

    /** {@code cross_script_pairs.csv}: query, expected match, minimum score, description; # comments. */
    public static List<Pair> readCrossScript(Path csv) throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = CsvParser.parseLine(line);
            out.add(new Pair(f.get(0), f.get(1), Double.parseDouble(f.get(2)), f.size() > 3 ? f.get(3) : ""));
        }
        return out;
    }

    /** {@code watchman_jarowinkler_reference_pairs.csv}: indexed, search, expected_score, test. */
    public static List<Pair> readWatchman(Path csv) throws IOException {
        List<Pair> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int l = 1; l < lines.size(); l++) {
            if (lines.get(l).isBlank()) {
                continue;
            }
            List<String> f = CsvParser.parseLine(lines.get(l));
            out.add(new Pair(f.get(0), f.get(1), Double.parseDouble(f.get(2)), f.get(3)));
        }
        return out;
    }

    /** {@code putin_names.txt}: one spelling a line. */
    public static List<String> readLines(Path txt) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** {@code ofac_sls_parity_fixtures.csv}: query_name, result_name, ofac_score (-1: not returned by SLS). */
    public static List<Pair> readOfacFixtures(Path csv) throws IOException {
        List<Pair> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int l = 1; l < lines.size(); l++) {
            if (lines.get(l).isBlank()) {
                continue;
            }
            List<String> f = CsvParser.parseLine(lines.get(l));
            out.add(new Pair(f.get(0), f.get(1), Double.parseDouble(f.get(2)), ""));
        }
        return out;
    }


    /**
     * One hard negative: a real-looking name made of a negative's given name(s) and a listed person's surname(s).
     *
     * @param name     the name to screen
     * @param entityId the listed entity whose surnames it borrows
     * @param half     that entity's half
     */
    public record HardNegative(String name, String entityId, Half half) {
    }

    /**
     * Hard negatives: for each listed person written "SURNAMES, Given" (Latin letters), the listed surnames (all of
     * them, or only the first of two) with the given name (and sometimes the middle name) of a random negative.
     * A candidate is dropped when its given name equals, nearly equals (Jaro-Winkler at least 0.85) or is a known
     * diminutive of any given-name token listed with that surname on any list name, so none is actually listed.
     */
    public static List<HardNegative> hardNegatives(List<Entity> entities, List<Person> givenNameSource, long seed) {
        // folded surname -> given-name tokens listed with it (over every name of every entity)
        Map<String, Set<String>> givensBySurname = new HashMap<>();
        Map<String, Set<String>> givensByFirstSurname = new HashMap<>();
        for (Entity e : entities) {
            if (e.schema() != Schema.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String[] sg = split(n.value());
                if (sg == null) {
                    continue;
                }
                Set<String> g = new HashSet<>(List.of(Folding.fold(sg[1]).strip().split("\\s+")));
                String sur = Folding.fold(sg[0]).strip().replaceAll("\\s+", " ");
                givensBySurname.computeIfAbsent(sur, k -> new HashSet<>()).addAll(g);
                givensByFirstSurname.computeIfAbsent(sur.split(" ")[0], k -> new HashSet<>()).addAll(g);
                // a name without a comma also counts for the surname check
            }
            for (Name n : e.names()) {
                if (n.value().indexOf(',') < 0) {
                    String[] t = Folding.fold(n.value()).strip().split("\\s+");
                    Set<String> all = new HashSet<>(List.of(t));
                    for (String tok : t) {
                        givensByFirstSurname.computeIfAbsent(tok, k -> new HashSet<>()).addAll(all);
                    }
                }
            }
        }
        List<Person> givens = new ArrayList<>();
        for (Person p : givenNameSource) {
            if (!p.firstName().isBlank()) {
                givens.add(p);
            }
        }
        List<HardNegative> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entity e : entities) {
            if (e.schema() != Schema.PERSON) {
                continue;
            }
            String source = VariantGenerator.sourceName(e);
            String[] sg = source == null ? null : split(source);
            if (sg == null) {
                continue;
            }
            Random r = new Random(seed * 31 + VariantGenerator.fnv(e.id()));
            String[] surnames = sg[0].strip().split("\\s+");
            String sur = surnames.length >= 2 && r.nextBoolean() ? surnames[0] : sg[0].strip();
            String surKey = Folding.fold(sur).strip().replaceAll("\\s+", " ");
            if (surKey.length() < 3) {
                continue;
            }
            for (int attempt = 0; attempt < 5; attempt++) {
                Person p = givens.get(r.nextInt(givens.size()));
                String given = p.firstName();
                if (!p.middleName().isBlank() && r.nextInt(3) == 0) {
                    given = given + " " + p.middleName();
                }
                if (isListedGiven(given, surKey, givensBySurname, givensByFirstSurname)) {
                    continue;
                }
                String name = given + " " + title(sur);
                if (seen.add(Folding.fold(name))) {
                    out.add(new HardNegative(name, e.id(), VariantGenerator.half(e.id())));
                }
                break;
            }
        }
        return out;
    }

    private static boolean isListedGiven(String given, String surKey, Map<String, Set<String>> bySurname,
            Map<String, Set<String>> byFirst) {
        Set<String> listed = new HashSet<>();
        for (Map.Entry<String, Set<String>> en : List.of(
                Map.entry(surKey, bySurname.getOrDefault(surKey, Set.of())),
                Map.entry(surKey, byFirst.getOrDefault(surKey.split(" ")[0], Set.of())))) {
            listed.addAll(en.getValue());
        }
        for (String g : Folding.fold(given).strip().split("\\s+")) {
            for (String l : listed) {
                if (l.isEmpty()) {
                    continue;
                }
                if (g.equals(l) || StringDistance.jaroWinkler(g, l) >= 0.85 || Nicknames.related(g, l)
                        || g.length() == 1 || l.length() == 1 && g.charAt(0) == l.charAt(0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "SURNAMES, Given" to {surnames, given}; {@code null} when the name is not written so or not Latin. */
    static String[] split(String name) {
        int comma = name.indexOf(',');
        if (comma <= 0 || name.indexOf(',', comma + 1) >= 0) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i)) && name.charAt(i) >= 0x250) {
                return null;
            }
        }
        String s = name.substring(0, comma).strip();
        String g = name.substring(comma + 1).strip();
        if (s.isEmpty() || g.isEmpty()) {
            return null;
        }
        return new String[] {s, g};
    }

    private static String title(String s) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString().toUpperCase(Locale.ROOT).equals(s) ? b.toString() : b.toString();
    }

    /** Entities by id. */
    public static Map<String, Entity> byId(List<Entity> entities) {
        Map<String, Entity> m = new LinkedHashMap<>();
        for (Entity e : entities) {
            m.put(e.id(), e);
        }
        return m;
    }
}
