/**
 * Payment screening: the engine {@link dev.interdict.payments.PaymentScreening} (raw message in, one {@link dev.interdict.payments.PaymentDecision} per transaction out), the message model (PaymentMessage, Transaction, Party with role and field paths, FreeText), the {@link dev.interdict.payments.PaymentPolicy decision policy} (default: {@code default-policy.json} beside this package) and the free-text scanner.
 *
 * <p>Fail closed: anything that cannot be read or lacks what screening needs is HOLD with a reason, never PASS.
 * Pure: no HTTP, no threads, no files (the route, the CLI and a stream job feed bytes in).
 */
package dev.interdict.payments;
