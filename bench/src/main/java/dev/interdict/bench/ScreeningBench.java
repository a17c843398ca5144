package dev.interdict.bench;

import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import dev.interdict.text.NameNormalizer;
import dev.interdict.text.StringDistance;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Screening benchmark harness (issue: list load, index build, single-name latency, batch throughput, heap, and a
 * brute-force Jaro-Winkler reference run side by side on the same queries).
 *
 * <pre>
 * java -Xmx1g -cp bench/target/interdict-bench.jar dev.interdict.bench.ScreeningBench [SHARED_DATA_DIR]
 * </pre>
 * Queries: names of the synthetic negatives (people on no list) mixed with listed names and spelling variants
 * of them, 1:1, fixed seed.
 */
public final class ScreeningBench {

    private ScreeningBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : System.getenv().getOrDefault("INTERDICT_SHARED_DATA",
                "../shared/data"));
        List<Path> lists = List.of(data.resolve("lists/ofac-sdn-2021-07"),
                data.resolve("lists/ofac-consolidated-2025-12"),
                data.resolve("lists/un-consolidated-2026-02/consolidated.xml"));
        int rounds = Integer.getInteger("rounds", 5);

        // list load
        double[] loadMs = new double[rounds];
        List<Entity> entities = null;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            List<ListVersion> versions = ListLoader.loadAll(lists);
            entities = ListLoader.merge(versions);
            loadMs[r] = (System.nanoTime() - t0) / 1e6;
        }
        // index build
        double[] buildMs = new double[rounds];
        Screener screener = null;
        for (int r = 0; r < rounds; r++) {
            screener = null;
            System.gc();
            long t0 = System.nanoTime();
            screener = Screener.of(entities);
            buildMs[r] = (System.nanoTime() - t0) / 1e6;
        }
        System.gc();
        Thread.sleep(200);
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long heapMax = Runtime.getRuntime().maxMemory();

        List<String> queries = queries(data, entities, 20_000);
        // warm-up: every query three times, so the JIT has compiled the hot paths before anything is timed
        for (int i = 0; i < 3 * queries.size(); i++) {
            screener.screen(Query.of(queries.get(i % queries.size())));
        }
        // single-name latency, one thread
        int singles = Math.min(10_000, queries.size());
        long[] lat = new long[singles];
        for (int i = 0; i < singles; i++) {
            long t0 = System.nanoTime();
            screener.screen(Query.of(queries.get(i)));
            lat[i] = System.nanoTime() - t0;
        }
        Arrays.sort(lat);
        // batch throughput, all cores
        int threads = Runtime.getRuntime().availableProcessors();
        double[] batchRate = new double[3];
        for (int r = 0; r < batchRate.length; r++) {
            batchRate[r] = batch(screener, queries, threads);
        }
        // brute-force Jaro-Winkler reference: the best JW of the query against every list name
        List<String> listNames = new ArrayList<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                listNames.add(NameNormalizer.normalize(n.value()).text());
            }
        }
        int bruteQueries = Integer.getInteger("bruteQueries", 300);
        long[] bruteLat = new long[bruteQueries];
        long[] oursLat = new long[bruteQueries];
        double sink = 0;
        for (int i = 0; i < bruteQueries; i++) {
            String q = queries.get(i);
            long t0 = System.nanoTime();
            String nq = NameNormalizer.normalize(q).text();
            double best = 0;
            for (String n : listNames) {
                best = Math.max(best, StringDistance.jaroWinkler(nq, n));
            }
            bruteLat[i] = System.nanoTime() - t0;
            sink += best;
            t0 = System.nanoTime();
            sink += screener.screen(Query.of(q)).size();
            oursLat[i] = System.nanoTime() - t0;
        }
        Arrays.sort(bruteLat);
        Arrays.sort(oursLat);

        String cpu = Machine.cpuModel();
        System.out.println("## Screening benchmark");
        System.out.printf("machine: %d cores, %s, Java %s, max heap %d MB%n", threads, cpu,
                System.getProperty("java.version"), heapMax >> 20);
        System.out.printf("lists: %d entities, %d names indexed (ofac-sdn-2021-07 + ofac-consolidated-2025-12 + "
                + "un-consolidated-2026-02)%n%n", screener.entityCount(), screener.nameCount());
        System.out.println("| measure | median | min | max |");
        System.out.println("|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| list load (3 lists, parse + merge) | %.0f ms | %.0f ms | %.0f ms |%n",
                median(loadMs), min(loadMs), max(loadMs));
        System.out.printf(Locale.ROOT, "| index build | %.0f ms | %.0f ms | %.0f ms |%n", median(buildMs),
                min(buildMs), max(buildMs));
        System.out.printf(Locale.ROOT, "| batch throughput, %d threads | %.0f names/s | %.0f | %.0f |%n", threads,
                median(batchRate), min(batchRate), max(batchRate));
        System.out.println();
        System.out.printf(Locale.ROOT, "single-name latency, 1 thread, %d queries: p50 %.3f ms, p99 %.3f ms, "
                + "p99.9 %.3f ms, max %.3f ms%n", singles, pct(lat, 50), pct(lat, 99), pct(lat, 99.9),
                lat[lat.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "heap after index build (after GC): %d MB%n", heapUsed >> 20);
        System.out.printf(Locale.ROOT, "brute-force Jaro-Winkler over %d list names, same %d queries, same run: "
                + "p50 %.3f ms vs Interdict p50 %.3f ms -> ratio %.0fx (p99 %.3f vs %.3f ms)%n", listNames.size(),
                bruteQueries, pct(bruteLat, 50), pct(oursLat, 50), pct(bruteLat, 50) / pct(oursLat, 50),
                pct(bruteLat, 99), pct(oursLat, 99));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static double batch(Screener screener, List<String> queries, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndAdd(64)) < queries.size()) {
                    for (int k = i; k < Math.min(queries.size(), i + 64); k++) {
                        screener.screen(Query.of(queries.get(k)));
                    }
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return queries.size() / secs;
    }

    /** Half negatives (people on no list), half listed names with a random typo or as written. */
    static List<String> queries(Path data, List<Entity> entities, int n) throws IOException {
        List<String> neg = new ArrayList<>();
        List<String> lines = Files.readAllLines(data.resolve("names/negatives_us_synthetic.csv"));
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            neg.add(l.substring(0, l.indexOf(',')));
        }
        Random rnd = new Random(42);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                out.add(neg.get(rnd.nextInt(neg.size())));
            } else {
                Entity e = entities.get(rnd.nextInt(entities.size()));
                String name = e.names().get(rnd.nextInt(e.names().size())).value();
                if (rnd.nextBoolean() && name.length() > 4) {
                    int p = 1 + rnd.nextInt(name.length() - 2);
                    name = name.substring(0, p) + name.charAt(p + 1) + name.charAt(p) + name.substring(p + 2);
                }
                out.add(name);
            }
        }
        return out;
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
