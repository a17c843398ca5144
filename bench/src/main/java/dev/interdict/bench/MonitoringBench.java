package dev.interdict.bench;

import dev.interdict.monitoring.CounterpartyScreen;
import dev.interdict.monitoring.Engine;
import dev.interdict.monitoring.Rules;
import dev.interdict.monitoring.Transaction;
import dev.interdict.monitoring.synth.Generator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Monitoring throughput through the default rule set, with a reference measured side by side in the same JVM.
 *
 * <ol>
 *   <li>In memory: {@code --inmem} generated transactions held in an array, fed alternately to a trivial
 *       pass-through consumer and to a fresh {@link Engine}, {@code --rounds} times each; medians and ratio.</li>
 *   <li>Streaming: {@code --stream} generated transactions (default 10 million) through one engine, and the
 *       generator alone as reference; wall time and peak heap (run with {@code -Xmx2g}).</li>
 * </ol>
 * Usage: {@code java -Xmx2g -cp bench/target/interdict-bench.jar dev.interdict.bench.MonitoringBench
 * [--customers 60000] [--inmem 2000000] [--rounds 5] [--stream 10000000]}
 */
public final class MonitoringBench {

    private MonitoringBench() {
    }

    public static void main(String[] args) {
        int customers = intArg(args, "--customers", 60_000);
        int inmem = intArg(args, "--inmem", 2_000_000);
        int rounds = intArg(args, "--rounds", 5);
        long stream = intArg(args, "--stream", 10_000_000);
        Rules rules = Rules.defaults();
        System.out.printf(Locale.ROOT, "java %s, %s, %d cpus, max heap %d MB%n", System.getProperty("java.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        if (inmem > 0) {
            Transaction[] txs = new Transaction[inmem];
            Iterator<Transaction> it = new Generator(customers, 3650, 42).transactions();
            for (int i = 0; i < inmem; i++) {
                txs[i] = it.next();
            }
            double[] ref = new double[rounds];
            double[] eng = new double[rounds];
            double[] refCpu = new double[rounds];
            double[] engCpu = new double[rounds];
            long alerts = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                long c0 = cpu();
                long sink = 0;
                for (Transaction t : txs) {
                    sink += passThrough(t);
                }
                ref[r] = inmem / ((System.nanoTime() - t0) / 1e9);
                refCpu[r] = inmem / ((cpu() - c0) / 1e9);
                if (sink == 42) {
                    System.out.print("");
                }
                long[] count = {0};
                t0 = System.nanoTime();
                c0 = cpu();
                Engine e = new Engine(rules, CounterpartyScreen.NONE, a -> count[0]++);
                for (Transaction t : txs) {
                    e.accept(t);
                }
                e.finish();
                eng[r] = inmem / ((System.nanoTime() - t0) / 1e9);
                engCpu[r] = inmem / ((cpu() - c0) / 1e9);
                alerts = count[0];
                System.out.printf(Locale.ROOT, "  round %d: reference %,.0f tx/s (cpu %,.0f), engine %,.0f tx/s "
                        + "(cpu %,.0f)%n", r + 1, ref[r], refCpu[r], eng[r], engCpu[r]);
            }
            System.out.printf(Locale.ROOT, "in-memory %,d tx, %d rounds: median reference %,.0f tx/s, median engine "
                    + "%,.0f tx/s (ratio %.3f), %d alerts%n", inmem, rounds, median(ref), median(eng),
                    median(eng) / median(ref), alerts);
            System.out.printf(Locale.ROOT, "  per thread-CPU-second: median reference %,.0f tx/s, median engine "
                    + "%,.0f tx/s%n", median(refCpu), median(engCpu));
        }

        if (stream > 0) {
            int days = (int) Math.max(1, Math.min(3650, stream / (customers * 0.455)));
            long t0 = System.nanoTime();
            long genC0 = cpu();
            long n = 0;
            long sink = 0;
            for (Iterator<Transaction> it = new Generator(customers, days, 7).transactions(); it.hasNext()
                    && n < stream; n++) {
                sink += passThrough(it.next());
            }
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            double genCpu = (cpu() - genC0) / 1e9;
            System.gc();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                p.resetPeakUsage();
            }
            long[] count = {0};
            t0 = System.nanoTime();
            long c0 = cpu();
            Engine e = new Engine(rules, CounterpartyScreen.NONE, a -> count[0]++);
            long m = 0;
            for (Iterator<Transaction> it = new Generator(customers, days, 7).transactions(); it.hasNext()
                    && m < stream; m++) {
                e.accept(it.next());
            }
            e.finish();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (cpu() - c0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    peak += p.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "stream %,d tx over %d days, %d customers (sink %d):%n", m, days, customers,
                    sink % 10);
            System.out.printf(Locale.ROOT, "  generator alone (reference): %.1f s, %,.0f tx/s%n", genSeconds,
                    n / genSeconds);
            System.out.printf(Locale.ROOT, "  generator + engine:          %.1f s, %,.0f tx/s (engine share ~%,.0f "
                    + "tx/s)%n", seconds, m / seconds, m / Math.max(1e-9, seconds - genSeconds));
            System.out.printf(Locale.ROOT, "  thread CPU: generator %.1f s, generator + engine %.1f s -> engine "
                    + "%,.0f tx per CPU-second%n", genCpu, cpuSeconds, m / Math.max(1e-9, cpuSeconds - genCpu));
            System.out.printf(Locale.ROOT, "  %,d alerts, %,d accounts in state at end, %d dropped late, peak heap "
                    + "(sum of pool peaks) %d MB of %d MB%n", count[0], e.accountsInState(), e.late(), peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** The reference consumer: touches the fields a detector would read, nothing more. */
    private static long passThrough(Transaction t) {
        return t.timestamp() ^ (long) t.amount() ^ (t.from() == null ? 0 : t.from().length())
                ^ (t.to() == null ? 0 : t.to().length());
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static int intArg(String[] args, String name, int def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return def;
    }
}
