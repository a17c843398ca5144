package dev.interdict.app.service;

import dev.interdict.monitoring.CounterpartyScreen;
import dev.interdict.monitoring.ExposureHit;
import dev.interdict.screening.Match;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The hosts' one wiring of monitoring's {@link CounterpartyScreen} to the screening engine: a counterparty name
 * (and country) is screened once and the answer kept for later transactions with the same counterparty, until the
 * lists change or {@link #CACHE_SIZE} answers are kept. Deterministic for one list version, as the engine requires.
 * The CLI screens against fixed lists ({@link #of(Screener, double)}), the server against the lists active at the
 * time ({@link #of(ActiveLists, double)}).
 */
public final class CounterpartyScreening<V> implements CounterpartyScreen {

    public static final int CACHE_SIZE = 100_000;

    /** Screens a query against one version of the lists. */
    @FunctionalInterface
    interface Screen<V> {
        List<Match> top(V version, Query query, double threshold);
    }

    private final Supplier<V> current;
    private final Screen<V> screen;
    private final double threshold;
    private final Map<String, Optional<ExposureHit>> cache = new HashMap<>();
    private V cachedFor;

    private CounterpartyScreening(Supplier<V> current, Screen<V> screen, double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in 0..1, got " + threshold);
        }
        this.current = current;
        this.screen = screen;
        this.threshold = threshold;
    }

    /** Screens against fixed lists. */
    public static CounterpartyScreening<Screener> of(Screener screener, double threshold) {
        return new CounterpartyScreening<>(() -> screener, (s, q, t) -> s.screen(q, t, 1), threshold);
    }

    /** Screens against the lists active at each call; the cache is emptied when they change. */
    public static CounterpartyScreening<ActiveLists.Snapshot> of(ActiveLists lists, double threshold) {
        return new CounterpartyScreening<>(lists::current, (s, q, t) -> s.screen(q, t, 1), threshold);
    }

    @Override
    public synchronized Optional<ExposureHit> screen(String name, String country) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        V version = current.get();
        if (version != cachedFor || cache.size() >= CACHE_SIZE) {
            cache.clear();
            cachedFor = version;
        }
        return cache.computeIfAbsent(name + '\u0000' + (country == null ? "" : country), k -> {
            List<Match> m = screen.top(version, new Query(name, null, null, country, List.of()), threshold);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            Match top = m.get(0);
            return Optional.of(new ExposureHit(top.matchedName(), top.entity().id(),
                    String.join(", ", top.entity().programs()), top.score()));
        });
    }
}
