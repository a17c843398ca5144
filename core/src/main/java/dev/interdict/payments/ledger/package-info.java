/**
 * The blocked-funds ledger: blocked payments as {@link dev.interdict.payments.ledger.BlockedProperty} records, release or transfer only under a licence with a second person's approval (four-eyes), every step an appended {@link dev.interdict.payments.ledger.LedgerEvent} (the audit trail), behind the small {@link dev.interdict.payments.ledger.LedgerStore} interface (in memory; JSON lines file; the server adds a database store).
 * No HTTP, no SQL here.
 */
package dev.interdict.payments.ledger;
