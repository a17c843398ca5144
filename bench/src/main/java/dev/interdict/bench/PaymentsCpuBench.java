package dev.interdict.bench;

import dev.interdict.model.Entity;
import dev.interdict.payments.FreeTextScanner;
import dev.interdict.payments.PaymentPolicy;
import dev.interdict.payments.PaymentScreening;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * CPU time per message of parse + screen + decide with the result cache off, on one thread: the thread's own CPU
 * time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), which other processes on a shared machine inflate far less
 * than wall-clock time, so a before / after comparison holds while others run builds. Rounds of
 * {@code --per-round} messages (the same traffic as {@link PaymentsLoadBench}), then as many ordinary names screened
 * alone; the first three rounds are warm-up; prints the minimum and median of the rest.
 *
 * <pre>
 * java -cp bench/target/interdict-bench.jar dev.interdict.bench.PaymentsCpuBench [--rounds 14] [--per-round 3000]
 * </pre>
 */
public final class PaymentsCpuBench {

    private static final int WARM_UP_ROUNDS = 3;

    private PaymentsCpuBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getenv().getOrDefault("INTERDICT_SHARED_DATA", "../shared/data"));
        int rounds = 14;
        int perRound = 3000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--per-round" -> perRound = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--data DIR --rounds N --per-round N)");
            }
        }
        if (rounds <= WARM_UP_ROUNDS || perRound < 1) {
            throw new IllegalArgumentException("--rounds must be > " + WARM_UP_ROUNDS + " and --per-round >= 1, got "
                    + rounds + " and " + perRound);
        }
        List<Path> lists = new ArrayList<>();
        for (String l : List.of("ofac-sdn-2021-07", "ofac-consolidated-2025-12",
                "un-consolidated-2026-02/consolidated.xml")) {
            lists.add(data.resolve("lists").resolve(l));
        }
        List<Entity> entities = dev.interdict.lists.ListLoader.merge(dev.interdict.lists.ListLoader.loadAll(lists));
        Screener screener = Screener.of(entities);
        PaymentScreening screening = new PaymentScreening(screener, PaymentPolicy.defaults(),
                FreeTextScanner.vocabulary(entities), 0);
        List<String> pool = new ArrayList<>();
        List<String> lines = Files.readAllLines(data.resolve("names/negatives_us_synthetic.csv"));
        for (int i = 1; i < lines.size(); i++) {
            pool.add(lines.get(i).split(",", 2)[0].replace("\"", "").strip());
        }
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < entities.size(); i += 97) {
            listed.add(entities.get(i).caption());
        }
        List<byte[]> messages = PaymentMessages.generate(50_000, pool, listed, 0.02, 42);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> perMessage = new ArrayList<>();
        List<Double> perName = new ArrayList<>();
        int next = 0;
        for (int round = 0; round < rounds; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                screening.screen(messages.get(next++ % messages.size()));
            }
            long c1 = mx.getCurrentThreadCpuTime();
            Random r = new Random(round);
            for (int i = 0; i < perRound; i++) {
                screener.screen(new Query(pool.get(r.nextInt(pool.size())), null, null, "US", List.of()), 0.85, 5);
            }
            long c2 = mx.getCurrentThreadCpuTime();
            if (round >= WARM_UP_ROUNDS) {
                perMessage.add((c1 - c0) / 1e6 / perRound);
                perName.add((c2 - c1) / 1e6 / perRound);
            }
        }
        Collections.sort(perMessage);
        Collections.sort(perName);
        System.out.printf(Locale.ROOT, "CPU ms per message (no cache): min %.3f median %.3f | per name screened alone:"
                + " min %.3f median %.3f (%d rounds of %d after %d warm-up rounds)%n", perMessage.get(0),
                perMessage.get(perMessage.size() / 2), perName.get(0), perName.get(perName.size() / 2),
                rounds - WARM_UP_ROUNDS, perRound, WARM_UP_ROUNDS);
    }
}
