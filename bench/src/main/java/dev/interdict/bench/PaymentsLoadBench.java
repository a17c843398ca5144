package dev.interdict.bench;

import dev.interdict.model.Entity;
import dev.interdict.payments.Action;
import dev.interdict.payments.PaymentDecision;
import dev.interdict.payments.PaymentParseException;
import dev.interdict.payments.PaymentPolicy;
import dev.interdict.payments.PaymentScreening;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Payments benchmark: parse + screen + decide per message at a fixed arrival rate, open loop. A dispatcher releases
 * message i at {@code t0 + i / rate} into a pool of {@code --threads} workers; latency is measured from the
 * scheduled send time to the decision, so queueing behind a slow message counts (no coordinated omission). The
 * same run measures parse-only at the same rate as a reference, and the closed-loop service time of both.
 *
 * <pre>
 * java -cp bench/target/interdict-bench.jar dev.interdict.bench.PaymentsLoadBench \
 *     --lists ../shared/data/lists/ofac-sdn-2021-07 --rates 2000 --seconds 20 --threads 2
 * </pre>
 *
 * {@code --cache off} runs the open-loop phases with the result cache off only (every name and free-text window
 * screened afresh, whatever repeats in the traffic), {@code on} with it only; the default runs both.
 */
public final class PaymentsLoadBench {

    private PaymentsLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> lists = new ArrayList<>();
        Path names = Path.of("../shared/data/names/negatives_us_synthetic.csv");
        int[] rates = {2000};
        int seconds = 20;
        int warmup = 10;
        int threads = 2;
        int count = 50_000;
        String cache = "both";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lists" -> lists.add(Path.of(args[++i]));
                case "--names" -> names = Path.of(args[++i]);
                case "--rates" -> rates = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--messages" -> count = Integer.parseInt(args[++i]);
                case "--cache" -> cache = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--lists DIR --names CSV --rates R1,R2 --seconds S --warmup S --threads N"
                        + " --cache on|off|both)");
            }
        }
        if (!List.of("on", "off", "both").contains(cache)) {
            throw new IllegalArgumentException("--cache must be one of on, off, both, got " + cache);
        }
        long t = System.nanoTime();
        if (lists.isEmpty()) {
            for (String l : List.of("ofac-sdn-2021-07", "ofac-consolidated-2025-12",
                    "un-consolidated-2026-02/consolidated.xml")) {
                lists.add(Path.of("../shared/data/lists", l));
            }
        }
        List<Entity> entities = dev.interdict.lists.ListLoader.merge(dev.interdict.lists.ListLoader.loadAll(lists));
        dev.interdict.screening.Screener screener = dev.interdict.screening.Screener.of(entities);
        java.util.Set<String> vocabulary = dev.interdict.payments.FreeTextScanner.vocabulary(entities);
        PaymentPolicy policy = PaymentPolicy.defaults();
        PaymentScreening screening = new PaymentScreening(screener, policy, vocabulary);
        System.out.printf(Locale.ROOT, "lists: %s, %d entities, index built in %d ms%n", lists, entities.size(),
                (System.nanoTime() - t) / 1_000_000);
        List<String> pool = names(names);
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < entities.size(); i += 97) {
            listed.add(entities.get(i).caption());
        }
        List<byte[]> messages = PaymentMessages.generate(count, pool, listed, 0.02, 42);
        Map<Action, Integer> mix = new EnumMap<>(Action.class);
        for (byte[] m : messages.subList(0, Math.min(1000, messages.size()))) {
            for (PaymentDecision d : screening.screen(m)) {
                mix.merge(d.action(), 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "messages: %d generated (2/3 pacs.008.001.09, 1/3 MT103; ~2%% with a listed name;"
                + " parties from %d ordinary names); decisions on the first 1000: %s%n", messages.size(), pool.size(),
                mix);
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, JVM %s, load average %s%n",
                Runtime.getRuntime().availableProcessors(), Machine.cpuModel(), Runtime.version(),
                Machine.loadAverage());

        // every phase gets a fresh engine (empty result cache) over the same index; "no cache" screens every name
        java.util.function.Supplier<Consumer<byte[]>> fresh = () -> new PaymentScreening(screener, policy,
                vocabulary)::screen;
        java.util.function.Supplier<Consumer<byte[]>> noCache = () -> new PaymentScreening(screener, policy,
                vocabulary, 0)::screen;
        Consumer<byte[]> full = fresh.get();
        Consumer<byte[]> parseOnly = m -> {
            try {
                PaymentScreening.parse(m);
            } catch (PaymentParseException e) {
                throw new IllegalStateException(e);
            }
        };
        closedLoop("warm-up full", full, messages, warmup * 1000L);
        closedLoop("warm-up parse", parseOnly, messages, 2000);
        closedLoop("service time, parse only (1 thread)", parseOnly, messages, 5000);
        closedLoop("service time, parse+screen+decide (1 thread)", fresh.get(), messages, 5000);
        closedLoop("service time, parse+screen+decide, no cache (1 thread)", noCache.get(), messages, 5000);
        closedLoopThreads("max throughput, parse+screen+decide", fresh.get(), messages, 5000, threads);
        closedLoopThreads("max throughput, parse+screen+decide, no cache", noCache.get(), messages, 5000, threads);
        for (int rate : rates) {
            openLoop("parse only", parseOnly, messages, rate, seconds, threads);
            if (!cache.equals("off")) {
                openLoop("parse+screen+decide", fresh.get(), messages, rate, seconds, threads);
            }
            if (!cache.equals("on")) {
                // every name and window screened afresh: the figure that does not depend on names repeating
                openLoop("parse+screen+decide, no cache", noCache.get(), messages, rate, seconds, threads);
            }
        }
        System.out.printf(Locale.ROOT, "load average at the end: %s%n", Machine.loadAverage());
    }

    private static List<String> names(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.exists(csv)) {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String first = lines.get(i).split(",", 2)[0].replace("\"", "").strip();
                if (!first.isEmpty()) {
                    out.add(first);
                }
            }
        }
        if (out.isEmpty()) {
            out.addAll(List.of("Jorge Alberto Ramirez", "Acme Industrial Supply Inc.", "Maria Gonzalez Lopez",
                    "Northwind Trading Company", "John Smith", "Transportes Rapidos del Pacifico"));
        }
        return out;
    }

    private static void closedLoop(String label, Consumer<byte[]> work, List<byte[]> messages, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long[] lat = new long[1 << 20];
        int n = 0;
        while (System.nanoTime() < end && n < lat.length) {
            long s = System.nanoTime();
            work.accept(messages.get(n % messages.size()));
            lat[n++] = System.nanoTime() - s;
        }
        if (!label.startsWith("warm-up")) {
            report(label, Arrays.copyOf(lat, n), n, millis / 1000.0, 0);
        }
    }

    /** {@code threads} workers taking messages back to back: the most the machine can do. */
    private static void closedLoopThreads(String label, Consumer<byte[]> work, List<byte[]> messages, long millis,
            int threads) throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long end = System.nanoTime() + millis * 1_000_000;
        long[][] lat = new long[threads][1 << 20];
        int[] counts = new int[threads];
        Thread[] ts = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                while (System.nanoTime() < end && counts[id] < lat[id].length) {
                    long s = System.nanoTime();
                    work.accept(messages.get(next.getAndIncrement() % messages.size()));
                    lat[id][counts[id]++] = System.nanoTime() - s;
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        int n = Arrays.stream(counts).sum();
        long[] all = new long[n];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(lat[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        report(label + " (" + threads + " threads, closed loop)", all, n, secs, 0);
    }

    private static void openLoop(String label, Consumer<byte[]> work, List<byte[]> messages, int rate, int seconds,
            int threads) throws InterruptedException {
        int total = rate * seconds;
        long[] lat = new long[total];
        long period = 1_000_000_000L / rate;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long scheduled = t0 + i * period;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            final int k = i;
            pool.execute(() -> {
                work.accept(messages.get(k % messages.size()));
                lat[k] = System.nanoTime() - scheduled;
            });
        }
        pool.shutdown();
        boolean done = pool.awaitTermination(10, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (!done) {
            pool.shutdownNow();
            System.out.printf("%s at %d/s: did not drain within 10 minutes%n", label, rate);
            return;
        }
        report(String.format(Locale.ROOT, "open loop %d msg/s, %d threads, %s", rate, threads, label), lat, total,
                elapsed, rate);
    }

    private static void report(String label, long[] lat, int n, double seconds, int rate) {
        long[] s = lat.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-58s n=%7d  throughput %8.0f msg/s  p50 %8.3f ms  p99 %9.3f ms  "
                + "p99.9 %9.3f ms  max %9.3f ms%n", label, n, n / seconds, q(s, 0.50), q(s, 0.99), q(s, 0.999),
                s[s.length - 1] / 1e6);
    }

    private static double q(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
