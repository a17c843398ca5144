package dev.interdict.app.api;

import dev.interdict.store.Store;
import dev.interdict.store.testing.TestDatabases;

/** Access control on PostgreSQL ({@code INTERDICT_TEST_PG_URL}). */
class PostgresAccessIT extends AccessContract {
    @Override
    Store open() {
        return TestDatabases.postgres();
    }
}
