package dev.interdict.store;

import java.util.Locale;

/**
 * What a user or API key may do; the permission table itself lives with the HTTP routes (app {@code api.Access}).
 *
 * <ul>
 *   <li>{@link #ANALYST} screens, imports customers, works and decides alerts;
 *   <li>{@link #SUPERVISOR} does what an analyst does and also reverses suppressions;
 *   <li>{@link #ADMIN} manages keys and lists, reads the audit log; no customer data;
 *   <li>{@link #AUDITOR} reads everything of its tenant, changes nothing.
 * </ul>
 */
public enum Role {
    ANALYST, SUPERVISOR, ADMIN, AUDITOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code analyst}, {@code supervisor}, {@code admin} or {@code auditor} (any case). */
    public static Role parse(String text) {
        if (text != null) {
            for (Role r : values()) {
                if (r.name().equalsIgnoreCase(text.strip())) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "': expected analyst, supervisor, admin or auditor");
    }
}
