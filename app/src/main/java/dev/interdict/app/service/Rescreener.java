package dev.interdict.app.service;

import dev.interdict.model.Entity;
import dev.interdict.screening.Match;
import dev.interdict.screening.Screener;
import dev.interdict.store.Customers;
import dev.interdict.store.ListVersions;
import dev.interdict.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delta re-screen after a list version is activated: only the entities that are new or changed against the
 * version it replaced are screened, against every stored customer of every tenant, and alerts are raised only
 * for new matches. (New and changed customers are screened against all entities when they are imported.)
 *
 * <p>The work is claimed in the database with a lease renewed after every page, so two processes sharing the
 * database never run it twice, and one interrupted by a crash is resumed by the next {@link #runPending()}
 * (raising alerts is idempotent). A version is marked re-screened when done.
 */
public final class Rescreener {

    private static final Logger LOG = LoggerFactory.getLogger(Rescreener.class);
    /** Customers read and screened per page. */
    public static final int PAGE = 5_000;
    /** How long a claim holds without renewal. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    /** What one re-screen did. */
    public record Result(long versionId, int changedEntities, long customers, int alertsRaised, Duration took) {
    }

    private final Store store;
    private final Clock clock;

    public Rescreener(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Re-screens every active version whose re-screen has not finished and that nobody else is running. */
    public synchronized List<Result> runPending() {
        List<Result> done = new ArrayList<>();
        for (ListVersions.Version v : store.withHandle(h -> store.lists().pendingRescreen(h))) {
            Instant claim = store.inTransaction(h -> store.lists().claimRescreen(h, v.id(), clock.instant(), LEASE,
                    null));
            if (claim != null) {
                done.add(rescreen(v, claim));
            }
        }
        return done;
    }

    private Result rescreen(ListVersions.Version v, Instant firstClaim) {
        long start = System.nanoTime();
        List<ListVersions.StoredEntity> changed = store.withHandle(h -> store.lists().changedSince(h, v.id(),
                v.previousId()));
        Map<String, ActiveLists.EntityRef> refs = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (ListVersions.StoredEntity se : changed) {
            entities.add(se.entity());
            refs.put(se.entity().id(), new ActiveLists.EntityRef(se.contentHash(), v.id()));
        }
        boolean anyCustomers = store.withHandle(h -> store.customers().countAll(h)) > 0;
        Screener screener = Screener.of(anyCustomers ? entities : List.of());
        long customers = 0;
        int alerts = 0;
        Instant claim = firstClaim;
        Map<Long, Integer> alertsByTenant = new TreeMap<>();
        if (!entities.isEmpty() && anyCustomers) {
            long afterTenant = 0;
            String afterId = "";
            while (true) {
                long t = afterTenant;
                String a = afterId;
                List<Customers.Stored> page = store.withHandle(h -> store.customers().scan(h, t, a, PAGE));
                if (page.isEmpty()) {
                    break;
                }
                customers += page.size();
                List<Match>[] matches = screen(screener, page);
                Instant now = clock.instant();
                Instant held = claim;
                claim = store.inTransaction(h -> {
                    Instant renewed = store.lists().claimRescreen(h, v.id(), now, LEASE, held);
                    if (renewed == null) {
                        throw new IllegalStateException("lost the re-screen claim of list version " + v.id());
                    }
                    for (int i = 0; i < page.size(); i++) {
                        if (!matches[i].isEmpty()) {
                            Customers.Stored c = page.get(i);
                            int n = Alerting.raise(store, h, c.tenantId(), c.customer(), c.dataHash(), matches[i],
                                    m -> refs.get(m.entity().id()), now);
                            alertsByTenant.merge(c.tenantId(), n, Integer::sum);
                        }
                    }
                    return renewed;
                });
                Customers.Stored last = page.get(page.size() - 1);
                afterTenant = last.tenantId();
                afterId = last.customer().id();
            }
            alerts = alertsByTenant.values().stream().mapToInt(Integer::intValue).sum();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Result r = new Result(v.id(), entities.size(), customers, alerts, took);
        Instant now = clock.instant();
        store.inTransaction(h -> {
            store.lists().markRescreened(h, v.id(), now);
            for (Map.Entry<Long, Integer> e : alertsByTenant.entrySet()) {
                if (e.getValue() > 0) {
                    store.audit().append(h, e.getKey(), "system", "alerts.rescreen", "list_version:" + v.id(),
                            Map.of("alerts_raised", e.getValue(), "list", v.name()), now);
                }
            }
            store.audit().append(h, null, "system", "lists.rescreen", "list_version:" + v.id(),
                    Map.of("list", v.name(), "changed_entities", r.changedEntities(), "customers", r.customers(),
                            "alerts_raised", r.alertsRaised(), "millis", took.toMillis()), now);
            return null;
        });
        LOG.info("re-screened {} customers against {} new or changed entities of {} (version {}): {} alerts in {} ms",
                customers, entities.size(), v.name(), v.id(), alerts, took.toMillis());
        return r;
    }

    @SuppressWarnings("unchecked")
    private static List<Match>[] screen(Screener screener, List<Customers.Stored> page) {
        List<Match>[] out = new List[page.size()];
        java.util.stream.IntStream.range(0, page.size()).parallel().forEach(i -> out[i] = screener.screen(
                CustomerRecords.query(page.get(i).customer()), Alerting.THRESHOLD, Alerting.MAX_MATCHES));
        return out;
    }
}
