package dev.interdict.store;

import dev.interdict.store.testing.TestDatabases;

/** The persistence suite on an in-memory H2 database. */
class H2StoreTest extends StoreContract {
    @Override
    Store open() {
        return TestDatabases.h2();
    }
}
