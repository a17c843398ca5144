package dev.interdict.monitoring;

import java.util.List;
import java.util.Optional;

/**
 * Exposure: the transaction's named external counterparty screens as a listed entity (through the host's
 * {@link CounterpartyScreen}). Screened once per transaction, on its first keyed half.
 */
final class ExposureDetector implements Detector {

    @Override
    public void onOutbound(AccountContext ctx, Transaction tx, Edge edge) {
        check(ctx, tx, tx.toCountry());
    }

    @Override
    public void onInbound(AccountContext ctx, Transaction tx, Edge edge, Carry carry) {
        if (tx.from() == null) {
            check(ctx, tx, tx.fromCountry());
        }
    }

    private static void check(AccountContext ctx, Transaction tx, String country) {
        if (tx.counterpartyName() == null || tx.counterpartyName().isBlank()) {
            return;
        }
        Optional<ExposureHit> hit = ctx.screen().screen(tx.counterpartyName(), country);
        if (hit.isEmpty() || hit.get().score() < ctx.rules().exposure().minScore()) {
            return;
        }
        ExposureHit h = hit.get();
        List<String> accounts = tx.from() != null && tx.to() != null ? List.of(tx.from(), tx.to())
                : List.of(tx.from() != null ? tx.from() : tx.to());
        ctx.emit(new Alert(Alerts.id("sanctions_exposure", ctx.key(), List.of(tx.id())), "sanctions_exposure",
                accounts, List.of(tx.id()), tx.timestamp(), tx.timestamp(), Alerts.round(tx.amount()),
                Alerts.clamp(h.score()), "counterparty '" + tx.counterpartyName() + "' matches listed entity '"
                        + h.listedName() + "' (" + h.listId() + (h.programs() == null ? "" : ", " + h.programs())
                        + ") with score " + h.score()));
    }
}
