/**
 * Measuring alerts against ground truth: account-level and transaction-level precision, recall and F1, overall, per
 * labelled typology and per detector, over a time range (so tuning and reporting can use different halves).
 *
 * <p>The only place labels are read. What must not live here: detection logic, or anything the engine calls.
 */
package dev.interdict.monitoring.eval;
