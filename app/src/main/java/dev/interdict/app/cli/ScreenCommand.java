package dev.interdict.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.io.CsvParser;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Identifier;
import dev.interdict.model.Schema;
import dev.interdict.screening.Match;
import dev.interdict.screening.MatchJson;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code interdict screen}: one name as a readable table, or a CSV file of names to JSON lines.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen a name, or a CSV file of names, against sanctions lists.",
            "One name: a table of matches with score, entity, list, programs and explanation.",
            "Batch (--input/--output): CSV with a header; 'id' and 'name' required; optional 'schema',",
            "'birth_date', 'country', 'identifier'. Output: one JSON object per input row, in input order."})
public final class ScreenCommand implements Runnable {

    @Mixin
    ListOptions lists;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to screen.")
    String name;

    @Option(names = "--dob", paramLabel = "DATE", description = "Birth date: YYYY, YYYY-MM or YYYY-MM-DD.")
    String dob;

    @Option(names = "--country", paramLabel = "C", description = "Nationality or country: ISO code or name.")
    String country;

    @Option(names = "--schema", paramLabel = "S",
            description = "Person, Organization, Company, Vessel, Aircraft (default: any).")
    String schema;

    @Option(names = "--identifier", paramLabel = "ID", description = "A passport, national ID, tax number, BIC, ...")
    List<String> identifiers = new ArrayList<>();

    @Option(names = "--input", paramLabel = "IN.csv", description = "Screen every row of this CSV file.")
    Path input;

    @Option(names = "--output", paramLabel = "OUT.jsonl", description = "Where batch results go.")
    Path output;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Report matches scoring at least T, 0..1 (default: ${DEFAULT-VALUE}).")
    double threshold = Screener.DEFAULT_THRESHOLD;

    @Option(names = "--limit", paramLabel = "N", description = "At most N matches per name (default: ${DEFAULT-VALUE}).")
    int limit = Screener.DEFAULT_LIMIT;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for batch (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print single-name results as JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void run() {
        if (threshold < 0 || threshold > 1) {
            throw CliException.usage("--threshold must be in 0..1, got " + threshold);
        }
        if (limit < 1) {
            throw CliException.usage("--limit must be >= 1, got " + limit);
        }
        if (threads < 1) {
            throw CliException.usage("--threads must be >= 1, got " + threads);
        }
        if (input != null || output != null) {
            if (input == null || output == null) {
                throw CliException.usage("batch screening needs both --input and --output");
            }
            if (name != null) {
                throw CliException.usage("give either a NAME or --input, not both");
            }
            batch();
        } else {
            if (name == null || name.isBlank()) {
                throw CliException.usage("give a NAME to screen, or --input IN.csv --output OUT.jsonl");
            }
            single();
        }
    }

    private void single() {
        Query q = query(name, schema, dob, country, identifiers);
        PrintWriter out = spec.commandLine().getOut();
        Screener screener = lists.screener(spec.commandLine().getErr(), false);
        List<Match> matches = screener.screen(q, threshold, limit);
        if (json) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("name", name);
            o.set("matches", MatchJson.toJson(matches));
            out.println(o.toString());
            return;
        }
        if (matches.isEmpty()) {
            out.printf("No match at or above %.2f for \"%s\" among %d entities.%n", threshold, name,
                    screener.entityCount());
            return;
        }
        out.printf("%-6s  %-40s  %-9s  %-10s  %s%n", "SCORE", "ENTITY", "LIST", "ID", "PROGRAMS");
        for (Match m : matches) {
            out.printf(Locale.ROOT, "%-6.3f  %-40s  %-9s  %-10s  %s%n", m.score(), cut(m.entity().caption(), 40),
                    m.entity().list(), m.entity().sourceId(), String.join(", ", m.entity().programs()));
            if (!m.matchedName().equals(m.entity().caption())) {
                out.printf("        matched name: %s (%s)%n", m.matchedName(),
                        m.nameKind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            out.printf("        why: %s%n", m.explanation().text());
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** Builds a query from text fields; a bad field is a usage error on the command line. */
    static Query query(String name, String schema, String dob, String country, List<String> identifiers) {
        Schema s;
        BirthDate d;
        try {
            s = Schema.parse(schema);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        try {
            d = dob == null || dob.isBlank() ? null : BirthDate.parse(dob.strip());
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--dob: " + e.getMessage());
        }
        List<Identifier> ids = new ArrayList<>();
        for (String i : identifiers) {
            if (i != null && !i.isBlank()) {
                ids.add(new Identifier("identifier", i.strip()));
            }
        }
        return new Query(name, s, d, country, ids);
    }

    private void batch() {
        List<CsvParser.Row> rows = InputFiles.csv(input, "'id' and 'name'");
        Map<String, Integer> header = new HashMap<>();
        List<String> h = rows.get(0).fields();
        for (int i = 0; i < h.size(); i++) {
            header.put(h.get(i).strip().toLowerCase(Locale.ROOT).replace("\ufeff", ""), i);
        }
        if (!header.containsKey("id") || !header.containsKey("name")) {
            throw CliException.badData(input + ": line 1: header must have 'id' and 'name' columns, found " + h);
        }
        Screener screener = lists.screener(spec.commandLine().getErr(), false);
        int n = rows.size() - 1;
        String[] results = new String[n];
        String[] errors = new String[n];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Progress progress = new Progress("screening", n)) {
            int chunk = Math.max(1, Math.min(500, n / (threads * 8) + 1));
            List<Future<?>> futures = new ArrayList<>();
            for (int startRow = 0; startRow < n; startRow += chunk) {
                int from = startRow;
                int to = Math.min(n, startRow + chunk);
                futures.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        CsvParser.Row row = rows.get(i + 1);
                        try {
                            results[i] = screenRow(screener, header, row);
                        } catch (CliException | IllegalArgumentException e) {
                            errors[i] = "line " + row.line() + ": " + e.getMessage();
                            results[i] = errorLine(header, row, errors[i]);
                        }
                        progress.step();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.SOFTWARE, "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new RuntimeException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int bad = 0;
        String firstError = null;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write(results[i]);
                w.write('\n');
                if (errors[i] != null) {
                    bad++;
                    if (firstError == null) {
                        firstError = errors[i];
                    }
                }
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANT_CREATE, "cannot write " + output + ": " + e.getMessage());
        }
        if (bad > 0) {
            throw CliException.badData(bad + " of " + n + " rows could not be screened (" + input + " " + firstError
                    + "); the others are in " + output);
        }
    }

    private static String field(Map<String, Integer> header, CsvParser.Row row, String col) {
        Integer i = header.get(col);
        if (i == null || i >= row.fields().size()) {
            return null;
        }
        String v = row.fields().get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private String screenRow(Screener screener, Map<String, Integer> header, CsvParser.Row row) {
        if (row.problem() != null) {
            throw CliException.badData(row.problem());
        }
        String id = field(header, row, "id");
        String nm = field(header, row, "name");
        if (id == null) {
            throw CliException.badData("'id' is empty");
        }
        if (nm == null) {
            throw CliException.badData("'name' is empty");
        }
        String ident = field(header, row, "identifier");
        Query q;
        try {
            q = query(nm, field(header, row, "schema"), field(header, row, "birth_date"),
                    field(header, row, "country"), ident == null ? List.of() : List.of(ident));
        } catch (CliException e) {
            throw CliException.badData(e.getMessage().replace("--dob", "birth_date"));
        }
        List<Match> matches = screener.screen(q, threshold, limit);
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("name", nm);
        ArrayNode arr = MatchJson.toJson(matches);
        o.set("matches", arr);
        return o.toString();
    }

    private static String errorLine(Map<String, Integer> header, CsvParser.Row row, String error) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", field(header, row, "id"));
        o.put("name", field(header, row, "name"));
        o.putArray("matches");
        o.put("error", error);
        return o.toString();
    }
}
