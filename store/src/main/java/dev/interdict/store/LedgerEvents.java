package dev.interdict.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interdict.payments.ledger.LedgerEvent;
import dev.interdict.payments.ledger.LedgerException;
import dev.interdict.payments.ledger.LedgerJson;
import dev.interdict.payments.ledger.LedgerStore;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The blocked-funds ledger of each tenant in table {@code ledger_events}: a {@link LedgerStore} per tenant and
 * transaction ({@link #store(Handle, long)}), so a ledger step commits together with its audit entry.
 */
public final class LedgerEvents {

    static final LedgerEvents INSTANCE = new LedgerEvents();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LedgerEvents() {
    }

    /**
     * Locks the tenant's ledger until the transaction ends (its tenant row, {@code FOR UPDATE}): ledger steps of
     * one tenant are serialised across threads and processes sharing the database.
     */
    public void lock(Handle h, long tenantId) {
        h.createQuery("SELECT id FROM tenants WHERE id = :t FOR UPDATE").bind("t", tenantId).mapTo(Long.class)
                .findOne();
    }

    /** The sequence number of the tenant's last event (0: none). */
    public long lastSeq(Handle h, long tenantId) {
        return h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM ledger_events WHERE tenant_id = :t")
                .bind("t", tenantId).mapTo(Long.class).one();
    }

    /** The tenant's ledger events, read and appended through {@code h} (the caller's transaction). */
    public LedgerStore store(Handle h, long tenantId) {
        return new LedgerStore() {
            @Override
            public List<LedgerEvent> load() {
                List<LedgerEvent> out = new ArrayList<>();
                for (Row r : h.createQuery("SELECT seq, body FROM ledger_events WHERE tenant_id = :t ORDER BY seq")
                        .bind("t", tenantId).map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2))).list()) {
                    try {
                        out.add(LedgerJson.event(MAPPER.readTree(r.body())));
                    } catch (Exception e) {
                        throw new LedgerException("ledger of tenant " + tenantId + " event " + r.seq()
                                + " cannot be read: " + e.getMessage(), e);
                    }
                }
                return out;
            }

            @Override
            public void append(LedgerEvent e) {
                h.createUpdate("INSERT INTO ledger_events (tenant_id, seq, record_id, event_type, actor, event_at,"
                                + " body) VALUES (:t, :seq, :rid, :type, :actor, :at, :body)")
                        .bind("t", tenantId).bind("seq", e.seq()).bind("rid", e.recordId())
                        .bind("type", e.type().name()).bind("actor", e.actor()).bind("at", e.at())
                        .bind("body", LedgerJson.line(e)).execute();
            }
        };
    }

    private record Row(long seq, String body) {
    }
}
