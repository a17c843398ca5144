package dev.interdict.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Customers, always within one tenant: every statement is qualified by {@code tenant_id}. */
public final class Customers {

    static final Customers INSTANCE = new Customers();

    private Customers() {
    }

    /** A stored customer with its hash and the tenant it belongs to. */
    public record Stored(long tenantId, Customer customer, String dataHash, Instant createdAt, Instant updatedAt) {
    }

    /** What an upsert did. */
    public enum Change { CREATED, UPDATED, UNCHANGED }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("tenant_id"), new Customer(rs.getString("id"), rs.getString("name"),
                rs.getString("schema_name"), rs.getString("birth_date"), rs.getString("country")),
                rs.getString("data_hash"), ListVersions.instant(rs.getTimestamp("created_at")),
                ListVersions.instant(rs.getTimestamp("updated_at")));
    }

    public Optional<Stored> get(Handle h, long tenantId, String id) {
        return h.createQuery("SELECT * FROM customers WHERE tenant_id = :t AND id = :id")
                .bind("t", tenantId).bind("id", id).map((rs, ctx) -> stored(rs)).findOne();
    }

    /** Inserts or updates; a customer whose screened fields are the same is left untouched. */
    public Change upsert(Handle h, long tenantId, Customer c, Instant now) {
        String hash = c.dataHash();
        Optional<String> existing = h.createQuery("SELECT data_hash FROM customers WHERE tenant_id = :t AND id = :id")
                .bind("t", tenantId).bind("id", c.id()).mapTo(String.class).findOne();
        if (existing.isPresent() && existing.get().equals(hash)) {
            return Change.UNCHANGED;
        }
        String sql = existing.isPresent()
                ? "UPDATE customers SET name = :name, schema_name = :schema, birth_date = :bd, country = :country,"
                        + " data_hash = :hash, updated_at = :now WHERE tenant_id = :t AND id = :id"
                : "INSERT INTO customers (tenant_id, id, name, schema_name, birth_date, country, data_hash,"
                        + " created_at, updated_at) VALUES (:t, :id, :name, :schema, :bd, :country, :hash, :now, :now)";
        h.createUpdate(sql).bind("t", tenantId).bind("id", c.id()).bind("name", c.name())
                .bind("schema", c.schema()).bind("bd", c.birthDate()).bind("country", c.country())
                .bind("hash", hash).bind("now", now).execute();
        return existing.isPresent() ? Change.UPDATED : Change.CREATED;
    }

    /** Inserts customers known to be new, in batches (bulk loads and benchmarks); fails on an existing id. */
    public void insertAll(Handle h, long tenantId, List<Customer> customers, Instant now) {
        org.jdbi.v3.core.statement.PreparedBatch batch = h.prepareBatch("INSERT INTO customers (tenant_id, id, name,"
                + " schema_name, birth_date, country, data_hash, created_at, updated_at) VALUES (:t, :id, :name,"
                + " :schema, :bd, :country, :hash, :now, :now)");
        for (Customer c : customers) {
            batch.bind("t", tenantId).bind("id", c.id()).bind("name", c.name()).bind("schema", c.schema())
                    .bind("bd", c.birthDate()).bind("country", c.country()).bind("hash", c.dataHash())
                    .bind("now", now).add();
        }
        if (!customers.isEmpty()) {
            batch.execute();
        }
    }

    /** How many customers all tenants have together. */
    public long countAll(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM customers").mapTo(Long.class).one();
    }

    public boolean delete(Handle h, long tenantId, String id) {
        return h.createUpdate("DELETE FROM customers WHERE tenant_id = :t AND id = :id")
                .bind("t", tenantId).bind("id", id).execute() > 0;
    }

    /** A page of one tenant's customers, by id, after {@code afterId} ({@code ""} for the first page). */
    public List<Stored> page(Handle h, long tenantId, String afterId, int limit) {
        return h.createQuery("SELECT * FROM customers WHERE tenant_id = :t AND id > :after ORDER BY id LIMIT :l")
                .bind("t", tenantId).bind("after", afterId == null ? "" : afterId).bind("l", limit)
                .map((rs, ctx) -> stored(rs)).list();
    }

    /**
     * A page of all tenants' customers in (tenant, id) order after the given key: the re-screen's keyset scan.
     */
    public List<Stored> scan(Handle h, long afterTenant, String afterId, int limit) {
        return h.createQuery("SELECT * FROM customers WHERE tenant_id > :t OR (tenant_id = :t AND id > :id)"
                        + " ORDER BY tenant_id, id LIMIT :l")
                .bind("t", afterTenant).bind("id", afterId).bind("l", limit)
                .map((rs, ctx) -> stored(rs)).list();
    }

    public long count(Handle h, long tenantId) {
        return h.createQuery("SELECT COUNT(*) FROM customers WHERE tenant_id = :t").bind("t", tenantId)
                .mapTo(Long.class).one();
    }
}
