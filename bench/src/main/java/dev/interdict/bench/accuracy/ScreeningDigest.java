package dev.interdict.bench.accuracy;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import dev.interdict.screening.Match;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import dev.interdict.screening.eval.EvalData;
import dev.interdict.screening.eval.EvalData.HardNegative;
import dev.interdict.screening.eval.EvalData.Person;
import dev.interdict.screening.eval.Evaluation;
import dev.interdict.screening.eval.VariantGenerator;
import dev.interdict.screening.eval.VariantGenerator.Variant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Every screening result, exactly, for a large set of real queries: the check that a speed change left the matcher's
 * results unchanged. Screens the evaluation variants (both halves, name only and with birth date and nationality),
 * the synthetic and congress negatives, the hard negatives, list names as schema-less queries and free-text-like
 * windows, at the thresholds the evaluation and the payment policy use, and writes one line per query and threshold
 * (entity, matched name, name kind, score and name score to the last bit) plus a SHA-256 of it all. Run it on the
 * build before and after a change and compare the digests (or diff the files).
 *
 * <pre>
 * java -cp bench/target/interdict-bench.jar dev.interdict.bench.accuracy.ScreeningDigest \
 *     [--data ../shared/data] [--out /tmp/digest.txt] [--threads 2] [--sample 1]
 * </pre>
 * {@code --sample N} keeps every N-th query (1: all).
 */
public final class ScreeningDigest {

    /** Thresholds screened at: the evaluation floor, the free-text and hold thresholds, the block threshold. */
    static final double[] THRESHOLDS = {Evaluation.FLOOR, 0.85, 0.93};

    private ScreeningDigest() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getenv().getOrDefault("INTERDICT_SHARED_DATA", "../shared/data"));
        Path out = Path.of("target/screening-digest.txt");
        int threads = 2;
        int sample = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--data DIR --out FILE --threads N --sample N)");
            }
        }
        if (sample < 1) {
            throw new IllegalArgumentException("--sample must be >= 1, got " + sample);
        }
        List<Entity> entities = EvalLists.load(data);
        Screener screener = Screener.of(entities);
        List<Query> queries = queries(data, entities);
        List<Query> picked = new ArrayList<>();
        for (int i = 0; i < queries.size(); i += sample) {
            picked.add(queries.get(i));
        }
        long t0 = System.nanoTime();
        String[] lines = new String[picked.size()];
        ForkJoinPool pool = new ForkJoinPool(threads);
        pool.submit(() -> IntStream.range(0, picked.size()).parallel()
                .forEach(i -> lines[i] = line(screener, picked.get(i)))).get();
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long matches = 0;
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String l : lines) {
                w.println(l);
                sha.update(l.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
                matches += l.chars().filter(c -> c == '\t').count();
            }
        }
        System.out.printf(Locale.ROOT, "%d queries x %d thresholds, %d match fields, screened in %.1f s (%d threads)%n"
                + "sha256 %s%nwritten to %s%n", picked.size(), THRESHOLDS.length, matches, secs, threads,
                HexFormat.of().formatHex(sha.digest()), out);
    }

    private static String line(Screener screener, Query q) {
        StringBuilder b = new StringBuilder();
        b.append(q.name()).append('|').append(q.schema()).append('|').append(q.birthDate()).append('|')
                .append(q.country());
        for (double t : THRESHOLDS) {
            b.append(" @").append(t);
            for (Match m : screener.screen(q, t, 10)) {
                b.append('\t').append(m.entity().id()).append(',').append(m.matchedName()).append(',')
                        .append(m.nameKind()).append(',').append(m.score()).append(',')
                        .append(m.explanation().nameScore());
            }
        }
        return b.toString();
    }

    /** The queries, in a fixed order. */
    static List<Query> queries(Path data, List<Entity> entities) throws IOException {
        List<Query> qs = new ArrayList<>();
        Map<String, Entity> byId = EvalData.byId(entities);
        for (Variant v : new VariantGenerator(42).generate(entities)) {
            qs.add(Evaluation.variantQuery(v, byId.get(v.entityId()), false));
            qs.add(Evaluation.variantQuery(v, byId.get(v.entityId()), true));
        }
        Path names = data.resolve("names");
        List<Person> negatives = EvalData.readPersons(names.resolve("negatives_us_synthetic.csv"));
        for (Person p : negatives) {
            qs.add(p.query(false));
        }
        for (int i = 0; i < negatives.size(); i += 10) {
            qs.add(Query.of(negatives.get(i).fullName()));
            qs.add(negatives.get(i).query(true));
        }
        for (Person p : EvalData.readPersons(names.resolve("us_congress_names.csv"))) {
            qs.add(p.query(false));
        }
        for (HardNegative h : EvalData.hardNegatives(entities, negatives, 42)) {
            qs.add(Query.of(h.name(), Schema.PERSON));
        }
        // list names as a payment party or free-text window would give them: no schema, some cut to a few words
        Random r = new Random(7);
        for (int e = 0; e < entities.size(); e += 3) {
            for (Name n : entities.get(e).names()) {
                qs.add(Query.of(n.value()));
                String[] words = n.value().split("\\s+");
                if (words.length > 2) {
                    int from = r.nextInt(words.length - 1);
                    int to = from + 1 + r.nextInt(words.length - from);
                    String w = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
                    if (!w.isBlank()) {
                        qs.add(Query.of("pago a " + w + " ref"));
                        qs.add(Query.of(w));
                    }
                }
            }
        }
        return qs;
    }
}
