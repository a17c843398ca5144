package dev.interdict.monitoring;

import java.util.Optional;

/**
 * Screens a transaction counterparty against sanctions lists. Monitoring defines only this interface; the host
 * wires it to the screening engine (and caches, if it wants). Must be deterministic for determinism of alerts.
 */
@FunctionalInterface
public interface CounterpartyScreen {

    /** Screens nobody. */
    CounterpartyScreen NONE = (name, country) -> Optional.empty();

    Optional<ExposureHit> screen(String name, String country);
}
