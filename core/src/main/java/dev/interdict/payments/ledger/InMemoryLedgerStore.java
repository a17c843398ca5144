package dev.interdict.payments.ledger;

import java.util.ArrayList;
import java.util.List;

/** Ledger events in memory (tests, ephemeral runs). Thread-safe. */
public final class InMemoryLedgerStore implements LedgerStore {
    private final List<LedgerEvent> events = new ArrayList<>();

    @Override
    public synchronized List<LedgerEvent> load() {
        return List.copyOf(events);
    }

    @Override
    public synchronized void append(LedgerEvent event) {
        events.add(event);
    }
}
