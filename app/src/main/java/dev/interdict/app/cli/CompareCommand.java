package dev.interdict.app.cli;

import dev.interdict.io.CsvParser;
import dev.interdict.model.Schema;
import dev.interdict.screening.Algorithm;
import dev.interdict.screening.Screener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interdict compare}: scores name pairs. Columns {@code schema,name1,name2} are required, every other
 * column is passed through unchanged; {@code score} and {@code match} (at the default threshold) are added.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Score name pairs from a CSV file (columns schema,name1,name2; others passed through).",
            "Adds 'score' (0..1) and 'match' (true/false at the default threshold)."})
public final class CompareCommand implements Runnable {

    @Option(names = "--input", required = true, paramLabel = "PAIRS.csv", description = "The pairs to score.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "SCORES.csv", description = "Where the scores go.")
    Path output;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Threshold for the 'match' column, 0..1 (default: ${DEFAULT-VALUE}).")
    double threshold = Screener.DEFAULT_THRESHOLD;

    @Option(names = "--algorithm", paramLabel = "A",
            description = "Scoring: interdict (default) or ofac (approximates OFAC's Sanctions List Search scores).")
    String algorithm = "interdict";

    @Override
    public void run() {
        Algorithm algo = ListOptions.parseAlgorithm(algorithm);
        if (threshold < 0 || threshold > 1) {
            throw CliException.usage("--threshold must be in 0..1, got " + threshold);
        }
        List<CsvParser.Row> rows = InputFiles.csv(input, "schema,name1,name2");
        List<String> header = new ArrayList<>();
        for (String h : rows.get(0).fields()) {
            header.add(h.strip().replace("\ufeff", ""));
        }
        int cs = indexOf(header, "schema");
        int c1 = indexOf(header, "name1");
        int c2 = indexOf(header, "name2");
        if (cs < 0 || c1 < 0 || c2 < 0) {
            throw CliException.badData(input + ": line 1: header must have schema, name1 and name2, found " + header);
        }
        // check every row before writing anything
        List<Schema> schemas = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            CsvParser.Row row = rows.get(r);
            if (row.problem() != null) {
                throw CliException.badData(input + ": line " + row.line() + ": " + row.problem());
            }
            if (row.fields().size() < header.size()) {
                throw CliException.badData(input + ": line " + row.line() + ": " + row.fields().size()
                        + " columns, header has " + header.size());
            }
            try {
                schemas.add(Schema.parse(row.fields().get(cs)));
            } catch (IllegalArgumentException e) {
                throw CliException.badData(input + ": line " + row.line() + ": " + e.getMessage());
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(w);
            List<String> outHeader = new ArrayList<>(header);
            outHeader.add("score");
            outHeader.add("match");
            csv.row(outHeader);
            for (int r = 1; r < rows.size(); r++) {
                CsvParser.Row row = rows.get(r);
                String a = row.fields().get(c1);
                String b = row.fields().get(c2);
                double score = a.isBlank() || b.isBlank() ? 0 : Screener.compare(algo, schemas.get(r - 1), a, b);
                List<String> out = new ArrayList<>(row.fields());
                out.add(String.format(Locale.ROOT, "%.4f", score));
                out.add(Boolean.toString(score >= threshold));
                csv.row(out);
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANT_CREATE, "cannot write " + output + ": " + e.getMessage());
        }
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
