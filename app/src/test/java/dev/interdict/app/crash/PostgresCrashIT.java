package dev.interdict.app.crash;

import dev.interdict.store.testing.TestDatabases;

/** kill -9 of a client writing to PostgreSQL ({@code INTERDICT_TEST_PG_URL}). */
class PostgresCrashIT extends CrashContract {
    @Override
    String url() {
        return TestDatabases.pgUrl();
    }
}
