package dev.interdict.app.api;

import dev.interdict.store.Store;
import dev.interdict.store.testing.TestDatabases;

/** Access control on an in-memory H2 database. */
class H2AccessTest extends AccessContract {
    @Override
    Store open() {
        return TestDatabases.h2();
    }
}
