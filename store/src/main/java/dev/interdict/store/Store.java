package dev.interdict.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The database: opened from a JDBC URL, migrated on open, closed with {@link #close()}. Work happens in callbacks
 * so that no connection or transaction outlives its use.
 *
 * <pre>{@code
 * try (Store store = Store.open(Store.embeddedUrl(Path.of("data")))) {
 *     store.inTransaction(h -> store.customers().upsert(h, tenantId, customer, now));
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

    /** The default pool size: enough for a request thread pool that mostly screens in memory. */
    public static final int DEFAULT_POOL_SIZE = 10;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Vendor vendor;
    private final String url;

    /** The database products the store runs on. Migrations live in {@code db/migration/common}. */
    public enum Vendor {
        H2, POSTGRESQL;

        static Vendor of(String url) {
            if (url.startsWith("jdbc:h2:")) {
                return H2;
            }
            if (url.startsWith("jdbc:postgresql:")) {
                return POSTGRESQL;
            }
            throw new IllegalArgumentException("unsupported database URL '" + url
                    + "': expected jdbc:h2:... or jdbc:postgresql://...");
        }

        /** Flyway locations: the portable scripts, then the vendor's own (only where SQL cannot be shared). */
        String[] migrationLocations() {
            return new String[] {"classpath:db/migration/common",
                    "classpath:db/migration/" + name().toLowerCase(java.util.Locale.ROOT)};
        }
    }

    private Store(String url, HikariDataSource dataSource) {
        this.url = url;
        this.dataSource = dataSource;
        this.vendor = Vendor.of(url);
        this.jdbi = Jdbi.create(dataSource);
        jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
    }

    /**
     * The embedded default: an H2 file database {@code DIR/interdict}. {@code AUTO_SERVER} lets a second process
     * (the CLI while the server runs) share the file; {@code WRITE_DELAY=0} makes every commit durable before it
     * returns, so a kill -9 loses nothing acknowledged.
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("interdict")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /** Opens and migrates the database at {@code url}. */
    public static Store open(String url) {
        return open(url, DEFAULT_POOL_SIZE);
    }

    public static Store open(String url, int poolSize) {
        Objects.requireNonNull(url, "url");
        Vendor vendor = Vendor.of(url);
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setMaximumPoolSize(poolSize);
        cfg.setPoolName("interdict-store");
        cfg.setAutoCommit(true);
        cfg.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        HikariDataSource ds = new HikariDataSource(cfg);
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations(vendor.migrationLocations())
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Store(url, ds);
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The JDBC URL without credentials in the query string. */
    public String displayUrl() {
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        return jdbi.withHandle(callback);
    }

    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, callback);
    }

    public <X extends Exception> void useHandle(org.jdbi.v3.core.HandleConsumer<X> callback) throws X {
        jdbi.useHandle(callback);
    }

    /** Whether the database answers a trivial query. */
    public boolean ping() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public Tenants tenants() { return Tenants.INSTANCE; }
    public ApiKeys apiKeys() { return ApiKeys.INSTANCE; }
    public Users users() { return Users.INSTANCE; }
    public ListVersions lists() { return ListVersions.INSTANCE; }
    public Customers customers() { return Customers.INSTANCE; }
    public Alerts alerts() { return Alerts.INSTANCE; }
    public AuditLog audit() { return AuditLog.INSTANCE; }
    public LedgerEvents ledger() { return LedgerEvents.INSTANCE; }
    public MonitoringAlerts monitoringAlerts() { return MonitoringAlerts.INSTANCE; }


    @Override
    public void close() {
        dataSource.close();
    }
}
