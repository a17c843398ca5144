/**
 * Reading the plain file formats the engines take in: {@link dev.interdict.io.CsvParser}, an RFC 4180 parser
 * that keeps line numbers, used for OFAC's list files, customer and transaction files and evaluation sets. No
 * knowledge of what the rows mean.
 */
package dev.interdict.io;
