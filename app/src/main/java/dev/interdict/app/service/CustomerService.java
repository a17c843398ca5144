package dev.interdict.app.service;

import dev.interdict.screening.Match;
import dev.interdict.store.Customer;
import dev.interdict.store.Customers;
import dev.interdict.store.Principal;
import dev.interdict.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports, updates and deletes one tenant's customers. Each import is one transaction: the customers, the
 * alerts their screening raised and the audit entry commit together, and the reply is sent only after the
 * commit, so an acknowledged import is durable. New and changed customers are screened against all active
 * entities; unchanged ones are skipped.
 */
public final class CustomerService {

    /** What an import did. */
    public record ImportSummary(int received, int created, int updated, int unchanged, int alertsRaised) {
    }

    private final Store store;
    private final ActiveLists lists;
    private final Clock clock;

    public CustomerService(Store store, ActiveLists lists, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.clock = clock;
    }

    public ImportSummary importCustomers(Principal p, List<Customer> customers) {
        ActiveLists.Snapshot snap = lists.current();
        Instant now = clock.instant();
        return store.inTransaction(h -> {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int alerts = 0;
            for (Customer raw : customers) {
                Customer c = CustomerRecords.check(raw);
                Customers.Change change = store.customers().upsert(h, p.tenantId(), c, now);
                switch (change) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
                if (change != Customers.Change.UNCHANGED) {
                    List<Match> matches = snap.screen(CustomerRecords.query(c), Alerting.THRESHOLD,
                            Alerting.MAX_MATCHES);
                    alerts += Alerting.raise(store, h, p.tenantId(), c, c.dataHash(), matches,
                            m -> snap.ref(m.entity()), now);
                }
            }
            ImportSummary s = new ImportSummary(customers.size(), created, updated, unchanged, alerts);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("received", s.received());
            detail.put("created", created);
            detail.put("updated", updated);
            detail.put("unchanged", unchanged);
            detail.put("alerts_raised", alerts);
            detail.put("lists", snap.key());
            if (customers.size() == 1) {
                detail.put("customer_id", customers.get(0).id());
            }
            store.audit().append(h, p.tenantId(), p.actor(), "customers.import", null, detail, now);
            return s;
        });
    }

    public boolean delete(Principal p, String id) {
        Instant now = clock.instant();
        return store.inTransaction(h -> {
            boolean deleted = store.customers().delete(h, p.tenantId(), id);
            if (deleted) {
                store.audit().append(h, p.tenantId(), p.actor(), "customers.delete", id, Map.of(), now);
            }
            return deleted;
        });
    }
}
