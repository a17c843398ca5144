package dev.interdict.app.api;

import dev.interdict.app.service.ActiveLists;
import dev.interdict.app.service.Rescreener;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latencies per route and status, re-screen figures and list gauges, in the Prometheus text
 * format (version 0.0.4).
 */
public final class Metrics {

    /** Histogram bucket upper bounds, in seconds. */
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private record Key(String method, String route, int status) {
    }

    private static final class Histogram {
        final LongAdder[] counts = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final AtomicLong sumNanos = new AtomicLong();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }

        void observe(long nanos) {
            double s = nanos / 1e9;
            for (int i = 0; i < BUCKETS.length; i++) {
                if (s <= BUCKETS[i]) {
                    counts[i].increment();
                }
            }
            count.increment();
            sumNanos.addAndGet(nanos);
        }
    }

    private final Map<Key, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final LongAdder rescreens = new LongAdder();
    private final LongAdder rescreenAlerts = new LongAdder();
    private final AtomicLong lastRescreenMillis = new AtomicLong();

    public void request(String method, String route, int status, long nanos) {
        requests.computeIfAbsent(new Key(method, route, status), k -> new LongAdder()).increment();
        latency.computeIfAbsent(method + " " + route, k -> new Histogram()).observe(nanos);
    }

    public void rescreened(Rescreener.Result r) {
        rescreens.increment();
        rescreenAlerts.add(r.alertsRaised());
        lastRescreenMillis.set(r.took().toMillis());
    }

    /** The exposition text. */
    public String scrape(ActiveLists.Snapshot lists) {
        StringBuilder b = new StringBuilder(4096);
        b.append("# HELP interdict_http_requests_total HTTP requests by method, route and status.\n");
        b.append("# TYPE interdict_http_requests_total counter\n");
        requests.forEach((k, v) -> b.append("interdict_http_requests_total{method=\"").append(k.method())
                .append("\",route=\"").append(k.route()).append("\",status=\"").append(k.status()).append("\"} ")
                .append(v.sum()).append('\n'));
        b.append("# HELP interdict_http_request_duration_seconds HTTP request latency by route.\n");
        b.append("# TYPE interdict_http_request_duration_seconds histogram\n");
        latency.forEach((route, h) -> {
            int space = route.indexOf(' ');
            String labels = "method=\"" + route.substring(0, space) + "\",route=\"" + route.substring(space + 1) + "\"";
            for (int i = 0; i < BUCKETS.length; i++) {
                b.append("interdict_http_request_duration_seconds_bucket{").append(labels).append(",le=\"")
                        .append(BUCKETS[i]).append("\"} ").append(h.counts[i].sum()).append('\n');
            }
            b.append("interdict_http_request_duration_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ")
                    .append(h.count.sum()).append('\n');
            b.append("interdict_http_request_duration_seconds_sum{").append(labels).append("} ")
                    .append(String.format(Locale.ROOT, "%.6f", h.sumNanos.get() / 1e9)).append('\n');
            b.append("interdict_http_request_duration_seconds_count{").append(labels).append("} ")
                    .append(h.count.sum()).append('\n');
        });
        gauge(b, "interdict_list_versions_active", "Active list versions.", lists.versions().size());
        gauge(b, "interdict_list_entities", "Entities in the active lists.", lists.entities().size());
        counter(b, "interdict_rescreens_total", "Delta re-screens completed.", rescreens.sum());
        counter(b, "interdict_rescreen_alerts_total", "Alerts raised by delta re-screens.", rescreenAlerts.sum());
        gauge(b, "interdict_rescreen_last_seconds", "Duration of the last delta re-screen.",
                lastRescreenMillis.get() / 1000.0);
        Runtime rt = Runtime.getRuntime();
        gauge(b, "jvm_memory_used_bytes", "JVM heap in use.", rt.totalMemory() - rt.freeMemory());
        gauge(b, "process_uptime_seconds", "Seconds since the JVM started.",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        return b.toString();
    }

    private static void gauge(StringBuilder b, String name, String help, double value) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(" gauge\n");
        b.append(name).append(' ').append(value).append('\n');
    }

    private static void counter(StringBuilder b, String name, String help, long value) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(" counter\n");
        b.append(name).append(' ').append(value).append('\n');
    }
}
