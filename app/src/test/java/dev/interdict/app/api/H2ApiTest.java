package dev.interdict.app.api;

import dev.interdict.store.Store;
import dev.interdict.store.testing.TestDatabases;

/** The API suite on an in-memory H2 database. */
class H2ApiTest extends ApiContract {
    @Override
    Store open() {
        return TestDatabases.h2();
    }
}
