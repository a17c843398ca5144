package dev.interdict.payments.ledger;

import java.util.List;

/**
 * Where ledger events live: append-only. The CLI uses {@link JsonLinesLedgerStore}, tests
 * {@link InMemoryLedgerStore}; the server will back it with the database.
 */
public interface LedgerStore {

    /** Every event so far, in order. */
    List<LedgerEvent> load();

    /** Appends one event durably; never rewrites earlier ones. */
    void append(LedgerEvent event);
}
