package dev.interdict.app.api;

/** What a route needs; granted to roles by {@link Access}. */
public enum Permission {
    /** Any authenticated caller (e.g. who am I). */
    AUTHENTICATED,
    SCREEN,
    LISTS_READ,
    LISTS_WRITE,
    CUSTOMERS_READ,
    CUSTOMERS_WRITE,
    ALERTS_READ,
    ALERTS_DECIDE,
    SUPPRESSIONS_REVOKE,
    KEYS_MANAGE,
    AUDIT_READ,
    /** Screen payment messages (a BLOCK goes on the tenant's blocked-funds ledger). */
    PAYMENTS_SCREEN,
    /** Read the blocked-funds ledger and its OFAC reports. */
    LEDGER_READ,
    /** Request, approve or deny the release or transfer of blocked funds (four-eyes: two different principals). */
    LEDGER_RELEASE,
    /** Submit transactions to monitoring. */
    TRANSACTIONS_SUBMIT
}
