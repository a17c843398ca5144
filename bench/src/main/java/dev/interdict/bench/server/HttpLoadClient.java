package dev.interdict.bench.server;

import dev.interdict.app.api.Engines;
import dev.interdict.app.server.Server;
import dev.interdict.app.service.ListLoaderSource;
import dev.interdict.app.service.ListService;
import dev.interdict.app.service.LoadedList;
import dev.interdict.store.Role;
import dev.interdict.store.Store;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Single-name screening over HTTP with N concurrent connections (default 50), closed loop: each connection sends
 * its next request when the previous answered. Loopback only, bounded in time and request count.
 *
 * <p>With {@code --self-host} it first starts a server in this JVM on an embedded database in a temp folder with
 * the full shared lists (OFAC SDN 2021-07, OFAC consolidated, UN); otherwise pass {@code --url} and {@code --key}.
 *
 * <pre>
 * java -Xmx3g -cp bench/target/interdict-bench.jar dev.interdict.bench.server.HttpLoadClient --self-host \
 *     [--shared ../shared/data] [--connections 50] [--warmup 15] [--seconds 30] [--max-requests 2000000]
 * </pre>
 */
public final class HttpLoadClient {

    private HttpLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        String url = null;
        String key = null;
        boolean selfHost = false;
        Path shared = Path.of("../shared/data");
        int connections = 50;
        double rate = 0; // requests/s offered in open loop; 0 = closed loop
        int warmup = 15;
        int seconds = 30;
        long maxRequests = 2_000_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--key" -> key = args[++i];
                case "--self-host" -> selfHost = true;
                case "--shared" -> shared = Path.of(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--max-requests" -> maxRequests = Long.parseLong(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (connections < 1 || connections > 500 || seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("connections must be 1..500 and seconds 1..600");
        }
        List<String> names = names(shared);
        Store store = null;
        Engines engines = null;
        Server server = null;
        Path dir = null;
        if (selfHost) {
            dir = Files.createTempDirectory("interdict-http-bench");
            store = Store.open(Store.embeddedUrl(dir));
            ListService lists = new ListService(store, Clock.systemUTC());
            ListLoaderSource source = new ListLoaderSource();
            int entities = 0;
            for (String l : List.of("lists/ofac-sdn-2021-07", "lists/ofac-consolidated-2025-12",
                    "lists/un-consolidated-2026-02/consolidated.xml")) {
                LoadedList list = source.load(shared.resolve(l));
                lists.importList(list, "bench");
                entities += list.entities().size();
            }
            Store s = store;
            key = s.inTransaction(h -> s.apiKeys().create(h, s.tenants().getOrCreate(h, "bench", Instant.now(),
                    null).id(), Role.ANALYST, "bench", Instant.now()).key());
            engines = Engines.create(store, source, Clock.systemUTC());
            server = Server.start(engines, "127.0.0.1", 0);
            url = "http://127.0.0.1:" + server.port();
            System.out.printf("self-hosted server on %s with %d list entities%n", url, entities);
        }
        URI target = URI.create(url + "/api/v1/screen");
        if (!InetAddress.getByName(target.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("loopback targets only, got " + target.getHost());
        }
        System.out.printf("machine: %d cores, %s %s; %d connections, %d s warm-up, %d s measured, %d names%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), connections, warmup, seconds, names.size());
        try {
            run(target, key, names, connections, warmup, maxRequests, rate, false);
            run(target, key, names, connections, seconds, maxRequests, rate, true);
            if (engines != null) {
                engineCeiling(engines, names, Math.min(seconds, 15));
            }
        } finally {
            if (server != null) {
                server.close();
                engines.close();
                store.close();
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /**
     * Sends requests for {@code seconds}. Closed loop when {@code rate} is 0 (each connection sends its next request
     * when the previous answered); otherwise open loop: request k of connection c is due at
     * {@code start + (k * connections + c) / rate} and its latency runs from that due time (queueing counts).
     */
    static void run(URI target, String key, List<String> names, int connections, int seconds, long maxRequests,
            double rate, boolean report) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            for (int c = 0; c < connections; c++) {
                int conn = c;
                pool.submit(() -> {
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    int i = conn * 7919;
                    long k = 0;
                    while (System.nanoTime() < end && sent.incrementAndGet() <= maxRequests) {
                        long due = rate > 0 ? start + (long) ((k++ * connections + conn) * 1e9 / rate) : 0;
                        if (rate > 0) {
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                java.util.concurrent.locks.LockSupport.parkNanos(wait);
                            }
                            if (due > end) {
                                break;
                            }
                        }
                        String name = names.get(Math.floorMod(i++, names.size()));
                        HttpRequest req = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build();
                        long t0 = rate > 0 ? due : System.nanoTime();
                        try {
                            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                            if (res.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = System.nanoTime() - t0;
                    }
                    latencies[conn] = lat;
                    counts[conn] = n;
                });
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("RESULT: %,d requests in %.1f s = %,.0f req/s; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f;"
                + " errors %d%n", total, took, total / took, pct(all, 0.50), pct(all, 0.90), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
    }

    /** The same queries straight to the screener, one thread per core, no HTTP: the ceiling HTTP can reach. */
    static void engineCeiling(Engines engines, List<String> names, int seconds) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int offset = t * 7919;
                pool.submit(() -> {
                    int i = offset;
                    while (System.nanoTime() < end) {
                        engines.lists().current().screen(dev.interdict.screening.Query.of(
                                names.get(Math.floorMod(i++, names.size()))), 0.85, 10);
                        done.incrementAndGet();
                    }
                });
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf("ENGINE CEILING (Screener.screen in-process, %d threads, no HTTP): %,.0f queries/s%n",
                threads, done.get() / took);
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    /** Query names: synthetic persons (no list hits) mixed with a few listed names. */
    static List<String> names(Path shared) throws IOException {
        List<String> out = new ArrayList<>();
        Path csv = shared.resolve("names/negatives_us_synthetic.csv");
        if (Files.exists(csv)) {
            List<String> lines = Files.readAllLines(csv);
            for (int i = 1; i < Math.min(lines.size(), 10_001); i++) {
                String n = lines.get(i).split(",", 2)[0].replace("\"", "");
                if (!n.isBlank()) {
                    out.add(n);
                }
            }
        }
        for (String n : List.of("Joaquin Guzman Loera", "Nemesio Oseguera Cervantes", "Cartel de Sinaloa",
                "Ismael Zambada Garcia", "Mara Salvatrucha", "Tren de Aragua")) {
            for (int i = 0; i < 50; i++) {
                out.add(n);
            }
        }
        java.util.Collections.shuffle(out, new java.util.Random(1));
        return out;
    }
}
