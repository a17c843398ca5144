package dev.interdict.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Alerts, decisions and suppressions of one tenant.
 *
 * <p>An alert is raised only for a new match: not while the pair has an open alert, not when the pair was
 * already decided on the same customer data and entity content, and not while a false-positive suppression of
 * the pair holds (same customer hash and entity hash, not revoked). A revoked suppression reopens its alert.
 */
public final class Alerts {

    static final Alerts INSTANCE = new Alerts();

    private Alerts() {
    }

    /** A recorded decision. */
    public record Decision(long id, long alertId, String decision, String reason, String decidedBy, Instant at) {
    }

    /**
     * A suppression; {@code active} is true while it is not revoked and both hashes still equal the customer's
     * current data and the entity's content in its list's active version.
     */
    public record Suppression(long id, String customerId, String entityId, long alertId, long decisionId,
            String createdBy, Instant createdAt, Instant revokedAt, String revokedBy, String revokeReason,
            boolean active) {
    }

    /** Filters for {@link #list}; {@code null} fields do not filter. */
    public record Filter(String status, String customerId, String listName, Double minScore, long afterId,
            int limit) {
    }

    private static Alert alert(ResultSet rs) throws SQLException {
        return new Alert(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("customer_id"),
                rs.getString("entity_id"), rs.getString("list_name"), rs.getString("source_id"),
                rs.getString("entity_name"), rs.getString("matched_name"), rs.getDouble("score"),
                rs.getString("explanation"), rs.getString("customer_hash"), rs.getString("entity_hash"),
                rs.getObject("list_version_id", Long.class), rs.getString("status"),
                ListVersions.instant(rs.getTimestamp("created_at")),
                ListVersions.instant(rs.getTimestamp("updated_at")));
    }

    /** Raises the alert unless the match is not new (see the class comment); returns the new alert's id. */
    public Optional<Long> raiseIfNew(Handle h, long tenantId, Alert.Candidate c, Instant now) {
        int known = h.createQuery("SELECT COUNT(*) FROM alerts WHERE tenant_id = :t AND customer_id = :c"
                        + " AND entity_id = :e AND (status = 'open' OR (customer_hash = :ch AND entity_hash = :eh))")
                .bind("t", tenantId).bind("c", c.customerId()).bind("e", c.entityId())
                .bind("ch", c.customerHash()).bind("eh", c.entityHash()).mapTo(Integer.class).one();
        if (known > 0 || suppressed(h, tenantId, c.customerId(), c.entityId(), c.customerHash(), c.entityHash())) {
            return Optional.empty();
        }
        long id = h.createUpdate("INSERT INTO alerts (tenant_id, customer_id, entity_id, list_name, source_id,"
                        + " entity_name, matched_name, score, explanation, customer_hash, entity_hash, list_version_id,"
                        + " status, created_at, updated_at) VALUES (:t, :c, :e, :list, :sid, :ename, :mname, :score,"
                        + " :expl, :ch, :eh, :v, 'open', :now, :now)")
                .bind("t", tenantId).bind("c", c.customerId()).bind("e", c.entityId()).bind("list", c.listName())
                .bind("sid", c.sourceId()).bind("ename", c.entityName()).bind("mname", c.matchedName())
                .bind("score", c.score()).bind("expl", c.explanation()).bind("ch", c.customerHash())
                .bind("eh", c.entityHash()).bind("v", c.listVersionId()).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return Optional.of(id);
    }

    private boolean suppressed(Handle h, long tenantId, String customerId, String entityId, String ch, String eh) {
        return h.createQuery("SELECT COUNT(*) FROM suppressions WHERE tenant_id = :t AND customer_id = :c"
                        + " AND entity_id = :e AND customer_hash = :ch AND entity_hash = :eh AND revoked_at IS NULL")
                .bind("t", tenantId).bind("c", customerId).bind("e", entityId).bind("ch", ch).bind("eh", eh)
                .mapTo(Integer.class).one() > 0;
    }

    public Optional<Alert> get(Handle h, long tenantId, long id) {
        return h.createQuery("SELECT * FROM alerts WHERE tenant_id = :t AND id = :id")
                .bind("t", tenantId).bind("id", id).map((rs, ctx) -> alert(rs)).findOne();
    }

    /** One tenant's alerts matching the filter, by id. */
    public List<Alert> list(Handle h, long tenantId, Filter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM alerts WHERE tenant_id = :t AND id > :after");
        if (f.status() != null) {
            sql.append(" AND status = :status");
        }
        if (f.customerId() != null) {
            sql.append(" AND customer_id = :customer");
        }
        if (f.listName() != null) {
            sql.append(" AND list_name = :list");
        }
        if (f.minScore() != null) {
            sql.append(" AND score >= :minScore");
        }
        sql.append(" ORDER BY id LIMIT :limit");
        Query q = h.createQuery(sql.toString()).bind("t", tenantId).bind("after", f.afterId())
                .bind("limit", f.limit()).bind("status", f.status()).bind("customer", f.customerId())
                .bind("list", f.listName()).bind("minScore", f.minScore());
        return q.map((rs, ctx) -> alert(rs)).list();
    }

    public long countOpen(Handle h, long tenantId) {
        return h.createQuery("SELECT COUNT(*) FROM alerts WHERE tenant_id = :t AND status = 'open'")
                .bind("t", tenantId).mapTo(Long.class).one();
    }

    /**
     * Records a decision on an open alert and closes it; a false positive also suppresses the pair.
     *
     * @throws IllegalStateException when the alert is not open
     */
    public Decision decide(Handle h, Alert alert, String decision, String reason, String actor, Instant now) {
        if (!Alert.TRUE_MATCH.equals(decision) && !Alert.FALSE_POSITIVE.equals(decision)) {
            throw new IllegalArgumentException("decision must be true_match or false_positive");
        }
        int updated = h.createUpdate("UPDATE alerts SET status = :s, updated_at = :now WHERE tenant_id = :t"
                        + " AND id = :id AND status = 'open'")
                .bind("s", decision).bind("now", now).bind("t", alert.tenantId()).bind("id", alert.id()).execute();
        if (updated == 0) {
            throw new IllegalStateException("alert " + alert.id() + " is not open");
        }
        long id = h.createUpdate("INSERT INTO decisions (tenant_id, alert_id, decision, reason, decided_by,"
                        + " decided_at) VALUES (:t, :a, :d, :r, :by, :now)")
                .bind("t", alert.tenantId()).bind("a", alert.id()).bind("d", decision).bind("r", reason)
                .bind("by", actor).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        if (Alert.FALSE_POSITIVE.equals(decision)) {
            h.createUpdate("INSERT INTO suppressions (tenant_id, customer_id, entity_id, customer_hash, entity_hash,"
                            + " alert_id, decision_id, created_by, created_at) VALUES (:t, :c, :e, :ch, :eh, :a, :d,"
                            + " :by, :now)")
                    .bind("t", alert.tenantId()).bind("c", alert.customerId()).bind("e", alert.entityId())
                    .bind("ch", alert.customerHash()).bind("eh", alert.entityHash()).bind("a", alert.id())
                    .bind("d", id).bind("by", actor).bind("now", now).execute();
        }
        return new Decision(id, alert.id(), decision, reason, actor, now);
    }

    public List<Decision> decisions(Handle h, long tenantId, long alertId) {
        return h.createQuery("SELECT * FROM decisions WHERE tenant_id = :t AND alert_id = :a ORDER BY id")
                .bind("t", tenantId).bind("a", alertId)
                .map((rs, ctx) -> new Decision(rs.getLong("id"), rs.getLong("alert_id"), rs.getString("decision"),
                        rs.getString("reason"), rs.getString("decided_by"),
                        ListVersions.instant(rs.getTimestamp("decided_at"))))
                .list();
    }

    private static final String SUPPRESSION_SELECT = "SELECT s.*, CASE WHEN s.revoked_at IS NULL"
            + " AND c.data_hash = s.customer_hash AND EXISTS (SELECT 1 FROM list_entities le JOIN list_versions v"
            + " ON v.id = le.version_id AND v.active WHERE le.entity_id = s.entity_id"
            + " AND le.content_hash = s.entity_hash) THEN 1 ELSE 0 END AS is_active FROM suppressions s"
            + " LEFT JOIN customers c ON c.tenant_id = s.tenant_id AND c.id = s.customer_id";

    private static Suppression suppression(ResultSet rs) throws SQLException {
        return new Suppression(rs.getLong("id"), rs.getString("customer_id"), rs.getString("entity_id"),
                rs.getLong("alert_id"), rs.getLong("decision_id"), rs.getString("created_by"),
                ListVersions.instant(rs.getTimestamp("created_at")),
                ListVersions.instant(rs.getTimestamp("revoked_at")), rs.getString("revoked_by"),
                rs.getString("revoke_reason"), rs.getInt("is_active") == 1);
    }

    public List<Suppression> suppressions(Handle h, long tenantId, long afterId, int limit) {
        return h.createQuery(SUPPRESSION_SELECT + " WHERE s.tenant_id = :t AND s.id > :after ORDER BY s.id LIMIT :l")
                .bind("t", tenantId).bind("after", afterId).bind("l", limit)
                .map((rs, ctx) -> suppression(rs)).list();
    }

    public Optional<Suppression> suppression(Handle h, long tenantId, long id) {
        return h.createQuery(SUPPRESSION_SELECT + " WHERE s.tenant_id = :t AND s.id = :id")
                .bind("t", tenantId).bind("id", id).map((rs, ctx) -> suppression(rs)).findOne();
    }

    /**
     * Revokes a suppression and reopens its alert, so the pair is reviewed again.
     *
     * @return false when the tenant has no such unrevoked suppression
     */
    public boolean revokeSuppression(Handle h, long tenantId, long id, String actor, String reason, Instant now) {
        Optional<Suppression> s = suppression(h, tenantId, id);
        if (s.isEmpty() || s.get().revokedAt() != null) {
            return false;
        }
        h.createUpdate("UPDATE suppressions SET revoked_at = :now, revoked_by = :by, revoke_reason = :r"
                        + " WHERE tenant_id = :t AND id = :id")
                .bind("now", now).bind("by", actor).bind("r", reason).bind("t", tenantId).bind("id", id).execute();
        h.createUpdate("UPDATE alerts SET status = 'open', updated_at = :now WHERE tenant_id = :t AND id = :a")
                .bind("now", now).bind("t", tenantId).bind("a", s.get().alertId()).execute();
        return true;
    }
}
