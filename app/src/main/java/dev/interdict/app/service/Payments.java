package dev.interdict.app.service;

import dev.interdict.payments.Action;
import dev.interdict.payments.FreeTextScanner;
import dev.interdict.payments.PaymentDecision;
import dev.interdict.payments.PaymentPolicy;
import dev.interdict.payments.PaymentScreening;
import dev.interdict.payments.ledger.BlockedFundsLedger;
import dev.interdict.payments.ledger.BlockedProperty;
import dev.interdict.payments.ledger.LedgerEvent;
import dev.interdict.payments.ledger.LedgerStore;
import dev.interdict.store.Principal;
import dev.interdict.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * Payment screening for the server, and each tenant's blocked-funds ledger in the database.
 *
 * <p>One {@link PaymentScreening} per active-list snapshot, built on first use after the lists change (it reuses
 * the snapshot's screener). A BLOCK decision goes on the caller tenant's ledger and into the audit log in one
 * transaction. Ledger steps lock the tenant's ledger in the database ({@code store.LedgerEvents#lock}); the ledger
 * state is cached per tenant and rebuilt from {@code ledger_events} whenever another process (or a rolled-back
 * transaction) made it differ from the table.
 */
public final class Payments {

    private record Screening(ActiveLists.Snapshot snapshot, PaymentScreening screening) {
    }

    /** A screened message: every decision, with the ledger record of each blocked one (or {@code null}). */
    public record Screened(List<PaymentDecision> decisions, List<String> ledgerIds) {
    }

    /** The cached ledger of one tenant, and the handle of the step running on it. */
    private static final class TenantLedger {
        final long tenantId;
        BlockedFundsLedger ledger;
        Handle handle;

        TenantLedger(long tenantId) {
            this.tenantId = tenantId;
        }
    }

    /** A ledger step: what it does to the ledger, in the caller's transaction. */
    @FunctionalInterface
    public interface Step<T> {
        T apply(BlockedFundsLedger ledger, Handle h);
    }

    private final Store store;
    private final ActiveLists lists;
    private final PaymentPolicy policy;
    private final Clock clock;
    private volatile Screening screening;
    private final Map<Long, TenantLedger> ledgers = new ConcurrentHashMap<>();

    public Payments(Store store, ActiveLists lists, PaymentPolicy policy, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.policy = policy;
        this.clock = clock;
    }

    /** The screening for the current snapshot, built once per snapshot. */
    public PaymentScreening screening() {
        ActiveLists.Snapshot snap = lists.current();
        Screening s = screening;
        if (s == null || s.snapshot() != snap) {
            synchronized (this) {
                s = screening;
                if (s == null || s.snapshot() != snap) {
                    s = new Screening(snap, new PaymentScreening(snap.screener(), policy,
                            FreeTextScanner.vocabulary(snap.screener().entities())));
                    screening = s;
                }
            }
        }
        return s.screening();
    }

    /**
     * Screens one raw message; never throws for what the message holds (fail closed: HOLD). Each BLOCK is put on
     * the caller tenant's ledger and audited.
     */
    public Screened screen(Principal p, byte[] raw) {
        List<PaymentDecision> ds;
        try {
            ds = screening().screen(raw);
        } catch (RuntimeException | StackOverflowError e) {
            ds = List.of(PaymentDecision.held(null, null, "internal error while screening, held: " + e, raw));
        }
        if (ds.isEmpty()) {
            ds = List.of(PaymentDecision.held(null, null, "the message holds no transaction", raw));
        }
        List<PaymentDecision> decisions = ds;
        if (decisions.stream().noneMatch(d -> d.action() == Action.BLOCK)) {
            return new Screened(decisions, java.util.Collections.nCopies(decisions.size(), null));
        }
        List<String> ids = step(p, (ledger, h) -> {
            List<String> out = new ArrayList<>();
            for (PaymentDecision d : decisions) {
                if (d.action() != Action.BLOCK || d.transaction() == null) {
                    out.add(null);
                    continue;
                }
                BlockedProperty r = ledger.block(d, p.actor(), null);
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("message_id", r.messageId());
                detail.put("transaction_id", r.transactionId());
                detail.put("entity_id", r.entityId());
                detail.put("amount", r.amount() == null ? null : r.amount().toPlainString());
                detail.put("currency", r.currency());
                detail.put("report_due", r.reportDue().toString());
                store.audit().append(h, p.tenantId(), p.actor(), "payments.block", "ledger:" + r.id(), detail,
                        clock.instant());
                out.add(r.id());
            }
            return out;
        });
        return new Screened(decisions, ids);
    }

    /** Reads the tenant's ledger (as of now, consistent with the table). */
    public <T> T read(long tenantId, java.util.function.Function<BlockedFundsLedger, T> f) {
        return step(tenantId, (ledger, h) -> f.apply(ledger));
    }

    /** Runs one ledger step of the caller's tenant in a transaction that also holds its audit entries. */
    public <T> T step(Principal p, Step<T> step) {
        return step(p.tenantId(), step);
    }

    private <T> T step(long tenantId, Step<T> step) {
        TenantLedger tl = ledgers.computeIfAbsent(tenantId, TenantLedger::new);
        try {
            return store.inTransaction(h -> {
                store.ledger().lock(h, tenantId);
                synchronized (tl) {
                    tl.handle = h;
                    long last = store.ledger().lastSeq(h, tenantId);
                    if (tl.ledger == null || lastSeq(tl.ledger) != last) {
                        tl.ledger = new BlockedFundsLedger(new Delegate(tl), clock, BlockedFundsLedger.DEFAULT_ZONE);
                    }
                    try {
                        return step.apply(tl.ledger, h);
                    } catch (RuntimeException e) {
                        tl.ledger = null; // it may be ahead of what will be rolled back
                        throw e;
                    } finally {
                        tl.handle = null;
                    }
                }
            });
        } catch (RuntimeException e) {
            synchronized (tl) {
                tl.ledger = null; // the commit failed: rebuild from the table next time
            }
            throw e;
        }
    }

    private static long lastSeq(BlockedFundsLedger l) {
        List<LedgerEvent> events = l.events();
        return events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
    }

    /** The ledger's store: the table, through the handle of the step running now. */
    private final class Delegate implements LedgerStore {
        private final TenantLedger tl;

        Delegate(TenantLedger tl) {
            this.tl = tl;
        }

        @Override
        public List<LedgerEvent> load() {
            return store.ledger().store(tl.handle, tl.tenantId).load();
        }

        @Override
        public void append(LedgerEvent event) {
            store.ledger().store(tl.handle, tl.tenantId).append(event);
        }
    }
}
