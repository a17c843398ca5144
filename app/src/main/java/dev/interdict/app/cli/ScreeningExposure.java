package dev.interdict.app.cli;

import dev.interdict.monitoring.CounterpartyScreen;
import dev.interdict.monitoring.ExposureHit;
import dev.interdict.screening.Match;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host's wiring of monitoring's {@link CounterpartyScreen} to the screening engine: a counterparty name (and
 * country) is screened once, and the answer remembered for the next transactions with the same counterparty
 * (bounded, least recently used first out). Deterministic, as the engine requires.
 */
final class ScreeningExposure implements CounterpartyScreen {

    static final int CACHE_SIZE = 100_000;

    private final Screener screener;
    private final double threshold;
    private final Map<String, Optional<ExposureHit>> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ExposureHit>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    ScreeningExposure(Screener screener, double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in 0..1, got " + threshold);
        }
        this.screener = screener;
        this.threshold = threshold;
    }

    @Override
    public synchronized Optional<ExposureHit> screen(String name, String country) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name + '\u0000' + (country == null ? "" : country);
        return cache.computeIfAbsent(key, k -> {
            List<Match> m = screener.screen(new Query(name, null, null, country, List.of()), threshold, 1);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            Match top = m.get(0);
            return Optional.of(new ExposureHit(top.matchedName(), top.entity().id(),
                    String.join(", ", top.entity().programs()), top.score()));
        });
    }
}
