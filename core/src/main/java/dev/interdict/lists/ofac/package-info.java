/**
 * OFAC's legacy CSV sets: the SDN list ({@code sdn.csv}, {@code alt.csv}, {@code add.csv},
 * {@code sdn_comments.csv}) and the consolidated non-SDN list ({@code cons_*.csv}), read by
 * {@link dev.interdict.lists.ofac.OfacCsvReader} with a line-counting RFC 4180
 * {@link dev.interdict.io.CsvParser}; the Remarks field is parsed by
 * {@link dev.interdict.lists.ofac.RemarksParser} and the schema chosen by {@link dev.interdict.lists.ofac.OfacSchemas}.
 *
 * <p>Only OFAC's file formats live here: no downloading (that is the app's), no matching logic, nothing another
 * list reader should depend on.
 */
package dev.interdict.lists.ofac;
