package dev.interdict.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.interdict.store.internal.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Alerts of the transaction-monitoring engine, per tenant (table {@code monitoring_alerts}). */
public final class MonitoringAlerts {

    static final MonitoringAlerts INSTANCE = new MonitoringAlerts();
    public static final String OPEN = "open";

    private MonitoringAlerts() {
    }

    /**
     * A stored monitoring alert.
     *
     * @param alertKey the engine's deterministic alert id
     */
    public record Stored(long id, long tenantId, String alertKey, String typology, List<String> accounts,
            List<String> transactions, Instant start, Instant end, double amount, double score,
            String explanation, String status, Instant createdAt) {
    }

    /** Filters for {@link #list}; {@code null} fields do not filter. */
    public record Filter(String status, String typology, Double minScore, long afterId, int limit) {
    }

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private static Stored row(ResultSet rs) throws SQLException {
        try {
            return new Stored(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("alert_key"),
                    rs.getString("typology"), Json.MAPPER.readValue(rs.getString("accounts"), STRINGS),
                    Json.MAPPER.readValue(rs.getString("transactions"), STRINGS),
                    ListVersions.instant(rs.getTimestamp("start_at")), ListVersions.instant(rs.getTimestamp("end_at")),
                    rs.getDouble("amount"), rs.getDouble("score"), rs.getString("explanation"),
                    rs.getString("status"), ListVersions.instant(rs.getTimestamp("created_at")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("monitoring alert " + rs.getLong("id") + " is unreadable", e);
        }
    }

    /** Stores the alert unless the tenant already has one with the same key; returns the new row's id. */
    public Optional<Long> insertIfNew(Handle h, long tenantId, String alertKey, String typology,
            List<String> accounts, List<String> transactions, Instant start, Instant end, double amount,
            double score, String explanation, Instant now) {
        int known = h.createQuery("SELECT COUNT(*) FROM monitoring_alerts WHERE tenant_id = :t AND alert_key = :k")
                .bind("t", tenantId).bind("k", alertKey).mapTo(Integer.class).one();
        if (known > 0) {
            return Optional.empty();
        }
        return Optional.of(h.createUpdate("INSERT INTO monitoring_alerts (tenant_id, alert_key, typology, accounts,"
                        + " transactions, start_at, end_at, amount, score, explanation, status, created_at) VALUES"
                        + " (:t, :k, :typ, :acc, :tx, :start, :end, :amount, :score, :expl, 'open', :now)")
                .bind("t", tenantId).bind("k", alertKey).bind("typ", typology).bind("acc", Json.write(accounts))
                .bind("tx", Json.write(transactions)).bind("start", start).bind("end", end).bind("amount", amount)
                .bind("score", score).bind("expl", explanation).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public Optional<Stored> get(Handle h, long tenantId, long id) {
        return h.createQuery("SELECT * FROM monitoring_alerts WHERE tenant_id = :t AND id = :id")
                .bind("t", tenantId).bind("id", id).map((rs, ctx) -> row(rs)).findOne();
    }

    /** One tenant's monitoring alerts matching the filter, by id. */
    public List<Stored> list(Handle h, long tenantId, Filter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM monitoring_alerts WHERE tenant_id = :t AND id > :after");
        if (f.status() != null) {
            sql.append(" AND status = :status");
        }
        if (f.typology() != null) {
            sql.append(" AND typology = :typology");
        }
        if (f.minScore() != null) {
            sql.append(" AND score >= :minScore");
        }
        sql.append(" ORDER BY id LIMIT :limit");
        return h.createQuery(sql.toString()).bind("t", tenantId).bind("after", f.afterId()).bind("limit", f.limit())
                .bind("status", f.status()).bind("typology", f.typology()).bind("minScore", f.minScore())
                .map((rs, ctx) -> row(rs)).list();
    }
}
