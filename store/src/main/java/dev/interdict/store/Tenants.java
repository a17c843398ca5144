package dev.interdict.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Tenants: the institutions or agencies sharing one deployment. Each sees only its own data. */
public final class Tenants {

    static final Tenants INSTANCE = new Tenants();

    /** A tenant. */
    public record Tenant(long id, String name) {
    }

    private Tenants() {
    }

    public Optional<Tenant> byName(Handle h, String name) {
        return h.createQuery("SELECT id, name FROM tenants WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> new Tenant(rs.getLong("id"), rs.getString("name")))
                .findOne();
    }

    /** The tenant called {@code name}, created when missing; {@code created[0]} tells which. */
    public Tenant getOrCreate(Handle h, String name, Instant now, boolean[] created) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("tenant name must be 1..200 characters");
        }
        Optional<Tenant> existing = byName(h, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = h.createUpdate("INSERT INTO tenants (name, created_at) VALUES (:name, :now)")
                .bind("name", name)
                .bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        if (created != null && created.length > 0) {
            created[0] = true;
        }
        return new Tenant(id, name);
    }

    public List<Tenant> all(Handle h) {
        return h.createQuery("SELECT id, name FROM tenants ORDER BY id")
                .map((rs, ctx) -> new Tenant(rs.getLong("id"), rs.getString("name")))
                .list();
    }
}
