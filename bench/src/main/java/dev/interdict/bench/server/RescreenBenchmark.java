package dev.interdict.bench.server;

import dev.interdict.app.service.ListService;
import dev.interdict.app.service.LoadedList;
import dev.interdict.app.service.Rescreener;
import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import dev.interdict.store.Customer;
import dev.interdict.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Delta re-screen benchmark: N generated customers (default 1,000,000) stored in a fresh database, then a
 * "typical daily list change" (default 50 entities: 30 changed, 20 added) activated on top of a real list, and
 * the re-screen timed. For reference it also times a full re-screen (every entity) of a sample and extrapolates.
 *
 * <pre>
 * java -Xmx4g -cp bench/target/interdict-bench.jar dev.interdict.bench.server.RescreenBenchmark \
 *     [--customers 1000000] [--changed 50] [--list ../shared/data/lists/ofac-sdn-2021-07]
 *     [--names ../shared/data/names/negatives_us_synthetic.csv] [--db JDBC_URL] [--sample 20000]
 * </pre>
 */
public final class RescreenBenchmark {

    private RescreenBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int customers = 1_000_000;
        int changed = 50;
        int sample = 20_000;
        Path list = Path.of("../shared/data/lists/ofac-sdn-2021-07");
        Path names = Path.of("../shared/data/names/negatives_us_synthetic.csv");
        String db = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--customers" -> customers = Integer.parseInt(args[i + 1]);
                case "--changed" -> changed = Integer.parseInt(args[i + 1]);
                case "--sample" -> sample = Integer.parseInt(args[i + 1]);
                case "--list" -> list = Path.of(args[i + 1]);
                case "--names" -> names = Path.of(args[i + 1]);
                case "--db" -> db = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("interdict-rescreen-bench");
        String url = db != null ? db : Store.embeddedUrl(dir);
        System.out.printf("machine: %d cores, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("database: " + url);
        try (Store store = Store.open(url)) {
            Clock clock = Clock.systemUTC();
            ListService lists = new ListService(store, clock);
            Rescreener rescreener = new Rescreener(store, clock);

            long t0 = System.nanoTime();
            ListVersion base = ListLoader.load(list);
            lists.importList(new LoadedList(base.name(), base.contentHash(), base.source().toString(),
                    base.entities(), null), "bench");
            rescreener.runPending();
            System.out.printf("base list %s: %d entities stored in %.1f s%n", base.name(), base.entities().size(),
                    secs(t0));

            List<String[]> people = readNames(names);
            t0 = System.nanoTime();
            long tenant = store.inTransaction(h -> store.tenants().getOrCreate(h, "bench", Instant.now(), null).id());
            Random rnd = new Random(42);
            List<Entity> entities = base.entities();
            int planted = 0;
            for (int from = 0; from < customers; from += 10_000) {
                List<Customer> batch = new ArrayList<>(10_000);
                for (int i = from; i < Math.min(customers, from + 10_000); i++) {
                    String name;
                    if (i % 20_000 == 7) { // a few customers are listed people: the re-screen must find them
                        name = entities.get((i / 20_000 * 37) % entities.size()).caption();
                        planted++;
                    } else {
                        String[] a = people.get(rnd.nextInt(people.size()));
                        String[] b = people.get(rnd.nextInt(people.size()));
                        name = a[0] + " " + b[1];
                    }
                    String bd = (1940 + rnd.nextInt(60)) + "-" + String.format("%02d", 1 + rnd.nextInt(12));
                    batch.add(new Customer(String.format("C%08d", i), name, "Person", bd, null));
                }
                store.inTransaction(h -> {
                    store.customers().insertAll(h, tenant, batch, Instant.now());
                    return null;
                });
            }
            System.out.printf("customers: %,d stored in %.1f s (%d named like list entries)%n", customers, secs(t0),
                    planted);

            // the daily change: some entities change (a new program), some are added (one named like a customer)
            List<Entity> next = new ArrayList<>(entities);
            int changes = changed * 3 / 5;
            for (int i = 0; i < changes; i++) {
                int k = (i * 7919) % next.size();
                next.set(k, next.get(k).toBuilder().program("DAILY-CHANGE").build());
            }
            for (int i = 0; i < changed - changes; i++) {
                String[] a = people.get(rnd.nextInt(people.size()));
                next.add(Entity.builder(base.name(), "900000" + i).schema(Schema.PERSON)
                        .name(Name.primary(a[1].toUpperCase() + ", " + a[0])).program("DAILY-ADD").build());
            }
            t0 = System.nanoTime();
            lists.importList(new LoadedList(base.name(), dev.interdict.store.internal.Hashing.sha256(base.contentHash() + "-next"), "bench daily change", next,
                    null), "bench");
            System.out.printf("new version (%d changed, %d added) stored and activated in %.1f s%n", changes,
                    changed - changes, secs(t0));

            t0 = System.nanoTime();
            List<Rescreener.Result> results = rescreener.runPending();
            double delta = secs(t0);
            Rescreener.Result r = results.get(0);
            System.out.printf("DELTA RE-SCREEN: %,d customers x %d new/changed entities in %.1f s (%,.0f customers/s),"
                    + " %d alerts%n", r.customers(), r.changedEntities(), delta, r.customers() / delta, r.alertsRaised());

            // reference: a full re-screen (all entities) of a sample, extrapolated
            Screener full = Screener.of(next);
            int n = Math.min(sample, customers);
            List<Customer> sampled = new ArrayList<>(n);
            for (var s : store.withHandle(h -> store.customers().page(h, tenant, "", n))) {
                sampled.add(s.customer());
            }
            t0 = System.nanoTime();
            sampled.parallelStream().forEach(c -> full.screen(Query.of(c.name(), Schema.PERSON)));
            double perCustomer = secs(t0) / Math.max(1, sampled.size());
            System.out.printf("reference FULL re-screen (all %d entities): %,d sampled customers in %.1f s ->"
                    + " %.0f s extrapolated for %,d customers%n", next.size(), sampled.size(),
                    perCustomer * sampled.size(), perCustomer * customers, customers);
        } finally {
            if (db == null) {
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** First and last names from the synthetic-persons CSV (columns full_name, first_name, middle_name, last_name). */
    static List<String[]> readNames(Path csv) throws IOException {
        List<String[]> out = new ArrayList<>();
        if (Files.exists(csv)) {
            List<String> lines = Files.readAllLines(csv);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                if (f.length > 3 && !f[1].isBlank() && !f[3].isBlank()) {
                    out.add(new String[] {f[1], f[3]});
                }
            }
        }
        if (out.isEmpty()) {
            String[] first = {"Anna", "Brian", "Carla", "David", "Elena", "Frank", "Grace", "Hugo", "Irene", "James"};
            String[] last = {"Smith", "Novak", "Garcia", "Olsen", "Weber", "Rossi", "Kowalski", "Brown", "Silva"};
            for (String f : first) {
                for (String l : last) {
                    out.add(new String[] {f, l});
                }
            }
        }
        return out;
    }
}
