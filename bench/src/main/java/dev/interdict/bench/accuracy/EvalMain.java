package dev.interdict.bench.accuracy;

import dev.interdict.model.Entity;
import dev.interdict.model.Schema;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import dev.interdict.screening.eval.EvalData;
import dev.interdict.screening.eval.EvalData.HardNegative;
import dev.interdict.screening.eval.EvalData.Pair;
import dev.interdict.screening.eval.EvalData.Person;
import dev.interdict.screening.eval.Evaluation;
import dev.interdict.screening.eval.VariantGenerator;
import dev.interdict.screening.eval.VariantGenerator.Category;
import dev.interdict.screening.eval.VariantGenerator.Half;
import dev.interdict.screening.eval.VariantGenerator.Variant;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The accuracy evaluation of issue 3: recall on generated variants per category (one half of the listed persons),
 * false-positive rates on the negative files and on hard negatives, pairwise checks, a recall / false-positive
 * curve (PNG) and the brute-force Jaro-Winkler reference. See docs/accuracy.md.
 *
 * <pre>
 * java -cp bench/target/interdict-bench.jar dev.interdict.bench.accuracy.EvalMain \
 *     [--data ../shared/data] [--half held-back|tuning] [--seed 42] [--out target/accuracy] [--jw-sample 1500]
 *     [--threads 2] [--no-jw] [--no-attributes] [--threshold 0.85] [--dump]
 * </pre>
 */
public final class EvalMain {

    private EvalMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = defaultData();
        Half half = Half.HELD_BACK;
        long seed = 42;
        Path out = Path.of("target/accuracy");
        int jwSample = 1500;
        int jwNegSample = 5000;
        int threads = 2;
        boolean jw = true;
        boolean attributes = true;
        boolean dump = false;
        double threshold = Screener.DEFAULT_THRESHOLD;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--half" -> half = args[++i].startsWith("t") ? Half.TUNING : Half.HELD_BACK;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--jw-sample" -> jwSample = Integer.parseInt(args[++i]);
                case "--jw-negatives" -> jwNegSample = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--no-jw" -> jw = false;
                case "--no-attributes" -> attributes = false;
                case "--dump" -> dump = true;
                case "--threshold" -> threshold = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(out);
        ForkJoinPool pool = new ForkJoinPool(threads);
        long t0 = System.nanoTime();
        List<Entity> entities = EvalLists.load(data);
        long t1 = System.nanoTime();
        Screener screener = Screener.of(entities);
        long t2 = System.nanoTime();
        Map<String, Entity> byId = EvalData.byId(entities);
        List<Variant> all = new VariantGenerator(seed).generate(entities);
        final Half h = half;
        List<Variant> variants = all.stream().filter(v -> v.half() == h).toList();
        Path names = data.resolve("names");
        List<Person> negativesAll = EvalData.readPersons(names.resolve("negatives_us_synthetic.csv"));
        List<Person> congressAll = EvalData.readPersons(names.resolve("us_congress_names.csv"));
        // the negatives files are split like the variants: tune on the tuning rows, report on the held-back rows
        List<Person> negatives = EvalData.inHalf(negativesAll, h);
        List<Person> congress = EvalData.inHalf(congressAll, h);
        List<HardNegative> hard = EvalData.hardNegatives(entities, negativesAll, seed).stream()
                .filter(x -> x.half() == h).toList();

        PrintStream o = new PrintStream(Files.newOutputStream(out.resolve("report-" + slug(half) + ".md")), true,
                StandardCharsets.UTF_8);
        Tee p = new Tee(System.out, o);
        p.f("# Accuracy evaluation (%s half, seed %d)%n%n", slug(half), seed);
        p.f("Lists: %d entities, %d indexed names (load %.1f s, index %.1f s). Variants: %d of %d (%s half). "
                + "Negatives (%s half of each file's rows): %d of %d synthetic, %d of %d congress, %d hard.%n%n",
                screener.entityCount(), screener.nameCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, variants.size(),
                all.size(), slug(half), slug(half), negatives.size(), negativesAll.size(), congress.size(),
                congressAll.size(), hard.size());

        // scores
        List<Variant> vs = variants;
        long s0 = System.nanoTime();
        double[] vName = scores(pool, vs.size(), i -> Evaluation.targetScore(screener,
                Evaluation.variantQuery(vs.get(i), byId.get(vs.get(i).entityId()), false), vs.get(i).entityId()));
        double[] vAttr = !attributes ? new double[vs.size()] : scores(pool, vs.size(), i -> Evaluation.targetScore(screener,
                Evaluation.variantQuery(vs.get(i), byId.get(vs.get(i).entityId()), true), vs.get(i).entityId()));
        long s1 = System.nanoTime();
        double[] nName = scores(pool, negatives.size(), i -> Evaluation.maxScore(screener, negatives.get(i).query(false)));
        long s2 = System.nanoTime();
        double[] nAttr = !attributes ? new double[negatives.size()] : scores(pool, negatives.size(), i -> Evaluation.maxScore(screener, negatives.get(i).query(true)));
        double[] cName = scores(pool, congress.size(), i -> Evaluation.maxScore(screener, congress.get(i).query(false)));
        double[] cAttr = !attributes ? new double[congress.size()] : scores(pool, congress.size(), i -> Evaluation.maxScore(screener, congress.get(i).query(true)));
        double[] hName = scores(pool, hard.size(), i -> Evaluation.maxScore(screener,
                Query.of(hard.get(i).name(), Schema.PERSON)));
        p.f("Screening time: %d variant queries x2 in %.1f s; %d negatives in %.1f s (%.0f names/s on %d threads).%n%n",
                vs.size(), (s1 - s0) / 1e9, negatives.size(), (s2 - s1) / 1e9, negatives.size() / ((s2 - s1) / 1e9),
                threads);

        // per category
        p.f("## Recall per category at threshold %.2f (%s half)%n%n", threshold, slug(half));
        p.f("| category | variants | recall, name only | recall, with birth date + nationality |%n|---|---:|---:|---:|%n");
        Map<Category, List<Integer>> byCat = new EnumMap<>(Category.class);
        for (int i = 0; i < vs.size(); i++) {
            byCat.computeIfAbsent(vs.get(i).category(), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Category, List<Integer>> en : byCat.entrySet()) {
            double[] a = pick(vName, en.getValue());
            double[] b = pick(vAttr, en.getValue());
            p.f("| %s | %d | %s | %s |%n", en.getKey().name().toLowerCase(Locale.ROOT), a.length,
                    pct(Evaluation.shareAtOrAbove(a, threshold)), pct(Evaluation.shareAtOrAbove(b, threshold)));
        }
        p.f("| **all** | %d | **%s** | **%s** |%n%n", vName.length, pct(Evaluation.shareAtOrAbove(vName, threshold)),
                pct(Evaluation.shareAtOrAbove(vAttr, threshold)));

        // false positives
        p.f("## False-positive rate at threshold %.2f%n%n", threshold);
        p.f("| set | queries | FP rate, name only | FP rate, with birth date + nationality |%n|---|---:|---:|---:|%n");
        p.f("| negatives_us_synthetic.csv (%s half of rows) | %d | %s | %s |%n", slug(half), nName.length,
                pct(Evaluation.shareAtOrAbove(nName, threshold)), pct(Evaluation.shareAtOrAbove(nAttr, threshold)));
        p.f("| us_congress_names.csv (%s half of rows) | %d | %s | %s |%n", slug(half), cName.length,
                pct(Evaluation.shareAtOrAbove(cName, threshold)), pct(Evaluation.shareAtOrAbove(cAttr, threshold)));
        p.f("| hard negatives (%s half) | %d | %s | n/a |%n%n", slug(half), hName.length,
                pct(Evaluation.shareAtOrAbove(hName, threshold)));
        examples(p, "synthetic negatives", negatives.stream().map(Person::fullName).toList(), nName, threshold,
                screener);
        examples(p, "congress", congress.stream().map(Person::fullName).toList(), cName, threshold, screener);
        examples(p, "hard negatives", hard.stream().map(HardNegative::name).toList(), hName, threshold, screener);
        missed(p, vs, vName, threshold, screener);
        if (dump) {
            dumpAll(out.resolve("misses-" + slug(half) + ".tsv"), out.resolve("fps-" + slug(half) + ".tsv"), vs,
                    vName, negatives, nName, congress, cName, hard, hName, threshold, screener);
        }

        // pairwise
        pairwise(p, names, threshold);

        // curve
        double[] thresholds = IntStream.rangeClosed(50, 100).mapToDouble(i -> i / 100.0).toArray();
        p.f("## Recall vs false-positive rate over thresholds (name only; %s half)%n%n", slug(half));
        p.f("| threshold | recall | FP synthetic | FP congress | FP hard |%n|---:|---:|---:|---:|---:|%n");
        double[][] curve = new double[thresholds.length][];
        for (int i = 0; i < thresholds.length; i++) {
            double t = thresholds[i];
            curve[i] = new double[] {t, Evaluation.shareAtOrAbove(vName, t), Evaluation.shareAtOrAbove(nName, t),
                Evaluation.shareAtOrAbove(cName, t), Evaluation.shareAtOrAbove(hName, t)};
            if (i % 5 == 0 || Math.abs(t - threshold) < 1e-9) {
                p.f("| %.2f | %s | %s | %s | %s |%n", t, pct(curve[i][1]), pct(curve[i][2]), pct(curve[i][3]),
                        pct(curve[i][4]));
            }
        }
        p.f("%n");

        // Jaro-Winkler reference
        double[][] jwCurve = null;
        if (jw) {
            JaroWinklerReference ref = new JaroWinklerReference(entities);
            int nv = Math.min(jwSample, vs.size());
            int nn = Math.min(jwNegSample, negatives.size());
            List<Variant> vSample = sample(vs, nv, seed);
            List<Person> nSample = sample(negatives, nn, seed);
            long j0 = System.nanoTime();
            double[] jv = scores(pool, nv, i -> ref.targetScore(vSample.get(i).query(), vSample.get(i).entityId()));
            double[] jn = scores(pool, nn, i -> ref.maxScore(nSample.get(i).fullName()));
            double[] jh = scores(pool, Math.min(hard.size(), 2000), i -> ref.maxScore(hard.get(i).name()));
            long j1 = System.nanoTime();
            double ourFp = Evaluation.shareAtOrAbove(nName, threshold);
            double ourRecall = Evaluation.shareAtOrAbove(vName, threshold);
            p.f("## Brute-force Jaro-Winkler reference%n%n");
            p.f("Best Jaro-Winkler similarity of the folded, reordered query against every list name (%d variants and"
                    + " %d synthetic negatives sampled with seed %d; %.0f s).%n%n", nv, nn, seed, (j1 - j0) / 1e9);
            p.f("| scorer | operating point | recall | FP synthetic | FP hard |%n|---|---|---:|---:|---:|%n");
            p.f("| Interdict | threshold %.2f | %s | %s | %s |%n", threshold, pct(ourRecall), pct(ourFp),
                    pct(Evaluation.shareAtOrAbove(hName, threshold)));
            for (double target : new double[] {ourFp, 0.0045, 0.002}) {
                double t = Evaluation.thresholdForFp(jn, target);
                p.f("| Jaro-Winkler | threshold %.3f (FP <= %s) | %s | %s | %s |%n", t, pct(target),
                        pct(Evaluation.shareAtOrAbove(jv, t)), pct(Evaluation.shareAtOrAbove(jn, t)),
                        pct(Evaluation.shareAtOrAbove(jh, t)));
            }
            p.f("%n");
            double[] jt = IntStream.rangeClosed(700, 1000).mapToDouble(i -> i / 1000.0).toArray();
            jwCurve = new double[jt.length][];
            for (int i = 0; i < jt.length; i++) {
                jwCurve[i] = new double[] {jt[i], Evaluation.shareAtOrAbove(jv, jt[i]), Evaluation.shareAtOrAbove(jn, jt[i])};
            }
        }
        Path png = out.resolve("recall-fp-" + slug(half) + ".png");
        CurvePlot.draw(png, curve, jwCurve, threshold, Evaluation.shareAtOrAbove(vName, threshold),
                Evaluation.shareAtOrAbove(nName, threshold));
        p.f("Plot: %s%n", png);
        o.close();
        pool.shutdown();
    }

    private static void examples(Tee p, String what, List<String> queries, double[] scores, double threshold,
            Screener s) {
        int shown = 0;
        p.f("<details><summary>false positives: %s (first 60)</summary>%n%n", what);
        for (int i = 0; i < scores.length && shown < 60; i++) {
            if (scores[i] >= threshold) {
                var m = s.screen(Query.of(queries.get(i), Schema.PERSON), threshold, 1).get(0);
                p.f("- %s -> %s (%.3f)%n", queries.get(i), m.matchedName(), m.score());
                shown++;
            }
        }
        p.f("%n</details>%n%n");
    }

    /**
     * With {@code --dump}: every missed variant (with the alignment against the listed entity, or the best other
     * match) and every false positive (with its alignment), as TSV, for grouping misses by cause.
     */
    private static void dumpAll(Path missesFile, Path fpsFile, List<Variant> vs, double[] vName, List<Person> neg,
            double[] nName, List<Person> congress, double[] cName, List<HardNegative> hard, double[] hName,
            double threshold, Screener s) throws IOException {
        try (PrintStream m = new PrintStream(Files.newOutputStream(missesFile), true, StandardCharsets.UTF_8)) {
            m.println("category\tquery\tlisted\tscore\texplanation");
            for (int i = 0; i < vs.size(); i++) {
                if (vName[i] >= threshold - 1e-9) {
                    continue;
                }
                Variant v = vs.get(i);
                String ex = "(below " + Evaluation.FLOOR + " or not retrieved)";
                for (var match : s.screen(Query.of(v.query(), Schema.PERSON), Evaluation.FLOOR, 50)) {
                    if (match.entity().id().equals(v.entityId())) {
                        ex = match.matchedName() + " | " + match.explanation().text();
                        break;
                    }
                }
                m.printf(Locale.ROOT, "%s\t%s\t%s\t%.3f\t%s%n", v.category(), v.query(), v.listedName(), vName[i],
                        ex);
            }
        }
        try (PrintStream f = new PrintStream(Files.newOutputStream(fpsFile), true, StandardCharsets.UTF_8)) {
            f.println("set\tquery\tmatched\tscore\texplanation");
            dumpFps(f, "synthetic", neg.stream().map(Person::fullName).toList(), nName, threshold, s);
            dumpFps(f, "congress", congress.stream().map(Person::fullName).toList(), cName, threshold, s);
            dumpFps(f, "hard", hard.stream().map(HardNegative::name).toList(), hName, threshold, s);
        }
    }

    private static void dumpFps(PrintStream f, String set, List<String> queries, double[] scores, double threshold,
            Screener s) {
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= threshold - 1e-9) {
                var m = s.screen(Query.of(queries.get(i), Schema.PERSON), threshold, 1).get(0);
                f.printf(Locale.ROOT, "%s\t%s\t%s\t%.3f\t%s%n", set, queries.get(i), m.matchedName(), m.score(),
                        m.explanation().text());
            }
        }
    }

    private static void missed(Tee p, List<Variant> vs, double[] scores, double threshold, Screener s) {
        p.f("<details><summary>missed variants (first 10 per category)</summary>%n%n");
        int shown = 0;
        Map<Category, Integer> per = new EnumMap<>(Category.class);
        for (int i = 0; i < vs.size(); i++) {
            if (scores[i] < threshold && per.merge(vs.get(i).category(), 1, Integer::sum) <= 10) {
                p.f("- %s: %s <- %s (%.3f)%n", vs.get(i).category(), vs.get(i).query(), vs.get(i).listedName(),
                        scores[i]);
                shown++;
            }
        }
        p.f("%n</details>%n%n");
    }

    private static void pairwise(Tee p, Path names, double threshold) throws IOException {
        p.f("## Pairwise checks (Screener.compare, person names, threshold %.2f)%n%n", threshold);
        List<Pair> cross = EvalData.readCrossScript(names.resolve("cross_script_pairs.csv"));
        int ok = 0;
        StringBuilder fails = new StringBuilder();
        for (Pair x : cross) {
            double s = Screener.compare(Schema.PERSON, x.a(), x.b());
            if (s >= threshold) {
                ok++;
            } else {
                fails.append(String.format(Locale.ROOT, "%s / %s %.2f; ", x.a(), x.b(), s));
            }
        }
        p.f("- cross_script_pairs.csv: %d / %d match. Misses: %s%n", ok, cross.size(), fails);
        List<Pair> wm = EvalData.readWatchman(names.resolve("watchman_jarowinkler_reference_pairs.csv"));
        int agree = 0;
        int pos = 0;
        int posOk = 0;
        int neg = 0;
        int negOk = 0;
        fails.setLength(0);
        for (Pair x : wm) {
            double s = x.a().isBlank() || x.b().isBlank() ? 0 : Screener.compare(Schema.PERSON, x.a(), x.b());
            boolean want = x.expected() >= threshold;
            boolean got = s >= threshold;
            if (want == got) {
                agree++;
            } else {
                fails.append(String.format(Locale.ROOT, "%s / %s exp %.2f got %.2f; ", x.a(), x.b(), x.expected(), s));
            }
            if (want) {
                pos++;
                posOk += got ? 1 : 0;
            } else {
                neg++;
                negOk += got ? 0 : 1;
            }
        }
        p.f("- watchman_jarowinkler_reference_pairs.csv: %d / %d agree with the reference's decision at %.2f "
                + "(expected matches found %d / %d, expected non-matches kept apart %d / %d). Disagreements: %s%n",
                agree, wm.size(), threshold, posOk, pos, negOk, neg, fails);
        List<String> putin = EvalData.readLines(names.resolve("putin_names.txt"));
        int m = 0;
        fails.setLength(0);
        for (String n : putin) {
            double s = Screener.compare(Schema.PERSON, n, "PUTIN, Vladimir Vladimirovich");
            if (s >= threshold) {
                m++;
            } else {
                fails.append(String.format(Locale.ROOT, "%s %.2f; ", n, s));
            }
        }
        int pairs = 0;
        int pm = 0;
        for (int i = 0; i < putin.size(); i++) {
            for (int j = i + 1; j < putin.size(); j++) {
                pairs++;
                if (Screener.compare(Schema.PERSON, putin.get(i), putin.get(j)) >= threshold) {
                    pm++;
                }
            }
        }
        p.f("- putin_names.txt: %d / %d match the SDN name \"PUTIN, Vladimir Vladimirovich\"; %d / %d of all pairs"
                + " match each other. Misses: %s%n%n", m, putin.size(), pm, pairs, fails);
    }

    static <T> List<T> sample(List<T> l, int n, long seed) {
        List<T> c = new ArrayList<>(l);
        java.util.Collections.shuffle(c, new java.util.Random(seed));
        return c.subList(0, Math.min(n, c.size()));
    }


    private static double[] pick(double[] s, List<Integer> idx) {
        double[] r = new double[idx.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = s[idx.get(i)];
        }
        return r;
    }

    static double[] scores(ForkJoinPool pool, int n, java.util.function.IntToDoubleFunction f) throws Exception {
        double[] out = new double[n];
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> out[i] = f.applyAsDouble(i))).get();
        return out;
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", v * 100);
    }

    static String slug(Half h) {
        return h == Half.TUNING ? "tuning" : "held-back";
    }

    static Path defaultData() {
        String env = System.getenv("INTERDICT_SHARED_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        return Path.of("../shared/data");
    }

    /** Prints to two streams. */
    record Tee(PrintStream a, PrintStream b) {
        void f(String fmt, Object... args) {
            String s = String.format(Locale.ROOT, fmt, args);
            a.print(s);
            b.print(s);
        }
    }
}
