/**
 * Persistence for the server: tenants, users and API keys, list versions (entities as JSON), customers, alerts,
 * decisions, suppressions and the hash-chained audit log, on H2 (embedded default) or PostgreSQL.
 *
 * <p>{@link dev.interdict.store.Store} opens the database, migrates it with Flyway and hands out callback-scoped
 * handles ({@code withHandle}, {@code inTransaction}). The repositories ({@link dev.interdict.store.Customers},
 * {@link dev.interdict.store.Alerts}, ...) hold no state: every method takes the {@link org.jdbi.v3.core.Handle}
 * of the caller's transaction, so a change and its audit entry always commit together. No HTTP and no screening
 * logic live here.
 */
package dev.interdict.store;
