package dev.interdict.store.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interdict.store.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh, migrated databases for tests: an in-memory H2 database, or a new schema in the PostgreSQL server named
 * by {@code $INTERDICT_TEST_PG_URL} (skipped with a message when unset, failed when {@code CI=true}).
 */
public final class TestDatabases {

    /** The environment variable holding the PostgreSQL JDBC URL for integration tests. */
    public static final String PG_ENV = "INTERDICT_TEST_PG_URL";

    private TestDatabases() {
    }

    /** A JDBC URL of a new, empty in-memory H2 database that lives until the JVM ends. */
    public static String h2Url() {
        return "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }

    /** The PostgreSQL server URL, or skip (fail under CI) when none is configured. */
    public static String pgServerUrl() {
        String url = System.getenv(PG_ENV);
        if (url == null || url.isBlank()) {
            String msg = PG_ENV + " is not set: PostgreSQL integration tests need a server"
                    + " (e.g. jdbc:postgresql://127.0.0.1:55432/interdict?user=postgres; .ci/run starts one)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg + " -- required when CI=true");
            }
            assumeTrue(false, "skipped: " + msg);
        }
        return url;
    }

    /** A JDBC URL of a new, empty schema in the test PostgreSQL server. */
    public static String pgUrl() {
        String server = pgServerUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema in " + server + ": " + e.getMessage(), e);
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static Store h2() {
        return Store.open(h2Url(), 4);
    }

    public static Store postgres() {
        return Store.open(pgUrl(), 4);
    }
}
