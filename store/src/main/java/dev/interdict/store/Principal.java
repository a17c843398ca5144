package dev.interdict.store;

/**
 * Who is acting: an API key or a user of one tenant, with one role.
 *
 * @param tenantId   the tenant whose data the principal may see
 * @param tenantName the tenant's name
 * @param role       what it may do
 * @param actor      how the audit log names it: {@code key:PREFIX} or {@code user:NAME}
 */
public record Principal(long tenantId, String tenantName, Role role, String actor) {
}
