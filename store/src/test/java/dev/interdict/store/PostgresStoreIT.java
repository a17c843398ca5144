package dev.interdict.store;

import dev.interdict.store.testing.TestDatabases;

/** The persistence suite on PostgreSQL ({@code INTERDICT_TEST_PG_URL}; a fresh schema per test). */
class PostgresStoreIT extends StoreContract {
    @Override
    Store open() {
        return TestDatabases.postgres();
    }
}
