package dev.interdict.store;

import dev.interdict.store.internal.Hashing;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * API keys: {@code idk_} and 43 random base64url characters (256 bits). Only the SHA-256 of a key is stored; the
 * key itself is shown once, when created. A key is named in logs by its first 12 characters.
 */
public final class ApiKeys {

    static final ApiKeys INSTANCE = new ApiKeys();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How many leading characters of a key name it in the audit log. */
    public static final int PREFIX_LENGTH = 12;

    private ApiKeys() {
    }

    /** A new key as created: the secret (shown once) and its stored row id. */
    public record NewKey(long id, String key, String prefix) {
    }

    public NewKey create(Handle h, long tenantId, Role role, String label, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "idk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = key.substring(0, PREFIX_LENGTH);
        long id = h.createUpdate("INSERT INTO api_keys (tenant_id, key_hash, prefix, role, label, created_at)"
                        + " VALUES (:t, :hash, :prefix, :role, :label, :now)")
                .bind("t", tenantId)
                .bind("hash", Hashing.sha256(key))
                .bind("prefix", prefix)
                .bind("role", role.key())
                .bind("label", label)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new NewKey(id, key, prefix);
    }

    /** The principal of an unrevoked key, found by the key's hash. */
    public Optional<Principal> authenticate(Handle h, String key) {
        if (key == null || !key.startsWith("idk_") || key.length() > 100) {
            return Optional.empty();
        }
        return h.createQuery("SELECT k.tenant_id, t.name, k.role, k.prefix FROM api_keys k"
                        + " JOIN tenants t ON t.id = k.tenant_id WHERE k.key_hash = :hash AND k.revoked_at IS NULL")
                .bind("hash", Hashing.sha256(key))
                .map((rs, ctx) -> new Principal(rs.getLong(1), rs.getString(2), Role.parse(rs.getString(3)),
                        "key:" + rs.getString(4)))
                .findOne();
    }

    /** Revokes a key of the tenant by its prefix; false when there is none. */
    public boolean revoke(Handle h, long tenantId, String prefix, Instant now) {
        return h.createUpdate("UPDATE api_keys SET revoked_at = :now WHERE tenant_id = :t AND prefix = :p"
                        + " AND revoked_at IS NULL")
                .bind("now", now).bind("t", tenantId).bind("p", prefix)
                .execute() > 0;
    }
}
