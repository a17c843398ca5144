/**
 * Regulatory reports and their calendar: the OFAC blocked-property report (due 10 US business days after blocking, {@link dev.interdict.report.UsFederalHolidays}) and the annual report of blocked property as of June 30, as JSON and plain text. Builds documents from ledger records; never changes them.
 */
package dev.interdict.report;
