/** Test support shared with other modules through the store's test-jar: fresh H2 and PostgreSQL databases. */
package dev.interdict.store.testing;
