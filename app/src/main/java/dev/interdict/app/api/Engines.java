package dev.interdict.app.api;

import dev.interdict.app.service.ActiveLists;
import dev.interdict.app.service.CustomerService;
import dev.interdict.app.service.ListFeeds;
import dev.interdict.app.service.ListUpdater;
import dev.interdict.app.service.ListService;
import dev.interdict.app.service.ListSource;
import dev.interdict.app.service.Monitoring;
import dev.interdict.app.service.Payments;
import dev.interdict.app.service.Rescreener;
import dev.interdict.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the routes use, built once per server (and per test): screening over the active lists, customers,
 * lists, payments (screening and the blocked-funds ledger) and transaction monitoring. Their routes are in
 * {@link Api#routes(Engines)}.
 */
public final class Engines implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);

    private final Store store;
    private final Clock clock;
    private final ListSource listSource;
    private final ActiveLists lists;
    private final CustomerService customers;
    private final ListService listService;
    private final Rescreener rescreener;
    private final Auth auth;
    private final Metrics metrics;
    private final ListUpdater updater;
    private final List<ListFeeds.Feed> feeds;
    private final Payments payments;
    private final Monitoring monitoring;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "interdict-rescreen");
        t.setDaemon(true);
        return t;
    });

    /**
     * Where and how lists are updated from their official sources.
     *
     * @param feeds     the lists to fetch
     * @param downloads the staging folder for downloads
     * @param timeout   the longest one file's download may take
     */
    public record UpdateSettings(List<ListFeeds.Feed> feeds, Path downloads, Duration timeout) {
        /** The official sources, staged in the system's temporary folder, two minutes per file. */
        public static UpdateSettings official() {
            return new UpdateSettings(List.copyOf(ListFeeds.official(null, null).values()),
                    Path.of(System.getProperty("java.io.tmpdir"), "interdict-downloads"), Duration.ofMinutes(2));
        }
    }

    private Engines(Store store, ListSource listSource, Clock clock, UpdateSettings update) {
        this.store = store;
        this.clock = clock;
        this.listSource = listSource;
        this.lists = new ActiveLists(store);
        this.customers = new CustomerService(store, lists, clock);
        this.listService = new ListService(store, clock);
        this.rescreener = new Rescreener(store, clock);
        this.auth = new Auth(store);
        this.metrics = new Metrics();
        this.updater = new ListUpdater(store, listService, listSource, update.downloads(), update.timeout());
        this.feeds = List.copyOf(update.feeds());
        this.payments = new Payments(store, lists, dev.interdict.payments.PaymentPolicy.defaults(), clock);
        this.monitoring = new Monitoring(store, lists, dev.interdict.monitoring.Rules.defaults(), clock);
    }

    /** Builds the engines over an opened store and loads the active lists. */
    public static Engines create(Store store, ListSource listSource, Clock clock) {
        return create(store, listSource, clock, UpdateSettings.official());
    }

    public static Engines create(Store store, ListSource listSource, Clock clock, UpdateSettings update) {
        Engines e = new Engines(store, listSource, clock, update);
        e.lists.refresh();
        return e;
    }

    public Store store() { return store; }
    public Clock clock() { return clock; }
    public ListSource listSource() { return listSource; }
    public ActiveLists lists() { return lists; }
    public CustomerService customers() { return customers; }
    public ListService listService() { return listService; }
    public Rescreener rescreener() { return rescreener; }
    public Auth auth() { return auth; }
    public Metrics metrics() { return metrics; }
    public Payments payments() { return payments; }
    public Monitoring monitoring() { return monitoring; }

    /**
     * Fetches every configured list from its source; refused downloads are quarantined and the active versions
     * keep serving. New versions are picked up and re-screened.
     */
    public synchronized List<ListUpdater.Report> updateLists(String actor) {
        List<ListUpdater.Report> reports = updater.update(feeds, actor);
        if (reports.stream().anyMatch(r -> r.outcome() == ListUpdater.Outcome.UPDATED)) {
            listsChanged();
        }
        return reports;
    }

    /**
     * After a list version was activated (here or by another process): reload the screener, then run the
     * pending delta re-screens in the background. The returned future completes when they are done.
     */
    public Future<?> listsChanged() {
        lists.refresh();
        return background.submit(() -> {
            try {
                rescreener.runPending().forEach(metrics::rescreened);
            } catch (RuntimeException ex) {
                LOG.error("re-screen failed (it resumes on the next poll): {}", ex.toString(), ex);
            }
        });
    }

    @Override
    public void close() {
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
