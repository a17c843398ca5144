/**
 * The {@code interdict payments} commands: {@code screen} (messages to JSON lines, optionally recording blocks on a
 * ledger) and {@code ledger} (list, show, release/transfer with four-eyes approval, OFAC and annual reports). Thin
 * adapters over {@code dev.interdict.payments} and {@code dev.interdict.report};
 * lists are loaded like every other command's ({@code ListOptions.entities}).
 */
package dev.interdict.app.cli.payments;
