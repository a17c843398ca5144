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
    AUDIT_READ
}
