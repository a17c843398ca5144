package dev.interdict.bench.accuracy;

import dev.interdict.screening.eval.EvalData;
import dev.interdict.screening.eval.EvalData.Person;
import dev.interdict.screening.eval.VariantGenerator.Half;
import dev.interdict.text.NameNormalizer;
import dev.interdict.text.NameToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the general-population name frequencies the matcher weighs tokens with
 * ({@code core/src/main/resources/dev/interdict/screening/population-names.tsv}), counted on the <b>tuning half</b>
 * of {@code negatives_us_synthetic.csv} only (the held-back rows are never looked at).
 *
 * <pre>
 * java -cp bench/target/interdict-bench.jar dev.interdict.bench.accuracy.NameFrequencies [--data DIR] [--out FILE]
 * </pre>
 */
public final class NameFrequencies {

    static final int MIN_COUNT = 3;

    private NameFrequencies() {
    }

    public static void main(String[] args) throws IOException {
        Path data = EvalMain.defaultData();
        Path out = Path.of("core/src/main/resources/dev/interdict/screening/population-names.tsv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Person> rows = EvalData.inHalf(
                EvalData.readPersons(data.resolve("names/negatives_us_synthetic.csv")), Half.TUNING);
        Map<String, Integer> counts = new TreeMap<>();
        for (Person p : rows) {
            for (String part : List.of(p.firstName(), p.middleName(), p.lastName())) {
                // the tokens as the matcher sees them: romanised (王 = wang, محمد = mhmd), folded, Arabic elements
                // in one form
                for (NameToken tok : NameNormalizer.normalize(part, true).tokens()) {
                    String t = tok.text();
                    if (t.length() >= 2) {
                        counts.merge(t, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# token\tcount: given and family name tokens (normalised as the matcher reads them) of the tuning"
                + " half of negatives_us_synthetic.csv");
        lines.add("# rows\t" + rows.size());
        counts.forEach((t, c) -> {
            if (c >= MIN_COUNT) {
                lines.add(t + "\t" + c);
            }
        });
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("%d rows, %d tokens written to %s%n", rows.size(), lines.size() - 2, out);
    }
}
