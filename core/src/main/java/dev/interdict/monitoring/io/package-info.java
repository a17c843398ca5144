/**
 * Reading transactions for monitoring from delimited text: {@link dev.interdict.monitoring.io.TransactionCsv}
 * with a {@link dev.interdict.monitoring.io.ColumnMapping} (IBM AMLSim's layout is one preset).
 *
 * <p>Parsing only, streaming, one line at a time; errors name the line. What must not live here: detection logic,
 * and any use of label columns (AMLSim's {@code is_sar}, {@code alert_id}) — the reader never reads them.
 */
package dev.interdict.monitoring.io;
