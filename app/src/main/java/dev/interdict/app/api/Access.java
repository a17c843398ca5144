package dev.interdict.app.api;

import static dev.interdict.app.api.Permission.ALERTS_DECIDE;
import static dev.interdict.app.api.Permission.ALERTS_READ;
import static dev.interdict.app.api.Permission.AUDIT_READ;
import static dev.interdict.app.api.Permission.AUTHENTICATED;
import static dev.interdict.app.api.Permission.CUSTOMERS_READ;
import static dev.interdict.app.api.Permission.CUSTOMERS_WRITE;
import static dev.interdict.app.api.Permission.KEYS_MANAGE;
import static dev.interdict.app.api.Permission.LEDGER_READ;
import static dev.interdict.app.api.Permission.LEDGER_RELEASE;
import static dev.interdict.app.api.Permission.LISTS_READ;
import static dev.interdict.app.api.Permission.LISTS_WRITE;
import static dev.interdict.app.api.Permission.PAYMENTS_SCREEN;
import static dev.interdict.app.api.Permission.SCREEN;
import static dev.interdict.app.api.Permission.SUPPRESSIONS_REVOKE;
import static dev.interdict.app.api.Permission.TRANSACTIONS_SUBMIT;

import dev.interdict.store.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The permission table. Always within the caller's own tenant; lists are shared by all tenants.
 *
 * <pre>
 * permission           analyst supervisor admin auditor
 * SCREEN                  x        x
 * LISTS_READ              x        x        x      x
 * LISTS_WRITE                               x
 * CUSTOMERS_READ          x        x               x
 * CUSTOMERS_WRITE         x        x
 * ALERTS_READ             x        x               x
 * ALERTS_DECIDE           x        x
 * SUPPRESSIONS_REVOKE              x
 * KEYS_MANAGE                               x
 * AUDIT_READ                                x      x
 * PAYMENTS_SCREEN         x        x
 * LEDGER_READ             x        x               x
 * LEDGER_RELEASE                   x
 * TRANSACTIONS_SUBMIT     x        x
 * </pre>
 *
 * An admin manages keys and lists but sees no customer data; an auditor reads everything of its tenant and
 * changes nothing; reversing a suppression (re-opening a cleared alert) needs a supervisor, and so does releasing
 * or transferring blocked funds, where the approver must also be another principal than the requester.
 */
public final class Access {

    private static final Map<Role, Set<Permission>> TABLE = Map.of(
            Role.ANALYST, EnumSet.of(AUTHENTICATED, SCREEN, LISTS_READ, CUSTOMERS_READ, CUSTOMERS_WRITE,
                    ALERTS_READ, ALERTS_DECIDE, PAYMENTS_SCREEN, LEDGER_READ, TRANSACTIONS_SUBMIT),
            Role.SUPERVISOR, EnumSet.of(AUTHENTICATED, SCREEN, LISTS_READ, CUSTOMERS_READ, CUSTOMERS_WRITE,
                    ALERTS_READ, ALERTS_DECIDE, SUPPRESSIONS_REVOKE, PAYMENTS_SCREEN, LEDGER_READ, LEDGER_RELEASE,
                    TRANSACTIONS_SUBMIT),
            Role.ADMIN, EnumSet.of(AUTHENTICATED, LISTS_READ, LISTS_WRITE, KEYS_MANAGE, AUDIT_READ),
            Role.AUDITOR, EnumSet.of(AUTHENTICATED, LISTS_READ, CUSTOMERS_READ, ALERTS_READ, AUDIT_READ,
                    LEDGER_READ));

    private Access() {
    }

    public static boolean allows(Role role, Permission permission) {
        return TABLE.get(role).contains(permission);
    }

    public static Set<Permission> of(Role role) {
        return Set.copyOf(TABLE.get(role));
    }
}
