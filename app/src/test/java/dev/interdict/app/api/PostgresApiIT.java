package dev.interdict.app.api;

import dev.interdict.store.Store;
import dev.interdict.store.testing.TestDatabases;

/** The API suite on PostgreSQL ({@code INTERDICT_TEST_PG_URL}). */
class PostgresApiIT extends ApiContract {
    @Override
    Store open() {
        return TestDatabases.postgres();
    }
}
