package dev.interdict.store;

import dev.interdict.model.Entity;
import dev.interdict.store.internal.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Stored list versions. A version is written with all its entities and activated in the caller's one
 * transaction ({@link #insert} then {@link #activate}): readers see the old version or the new one, never a
 * part. Versions are kept after they are replaced, for diffs and for alerts that refer to them.
 */
public final class ListVersions {

    static final ListVersions INSTANCE = new ListVersions();
    private static final int BATCH = 500;

    private ListVersions() {
    }

    /** A stored version (without its entities). */
    public record Version(long id, String name, String contentHash, String source, Instant loadedAt,
            int entityCount, boolean active, Instant activatedAt, Long previousId, Instant rescreenedAt,
            String report) {
    }

    /** An entity as stored in a version: its JSON decoded, and its content hash. */
    public record StoredEntity(Entity entity, String contentHash) {
    }

    /** A refused download or import. */
    public record Quarantined(long id, String name, String source, String reason, Instant receivedAt) {
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getLong("id"), rs.getString("name"), rs.getString("content_hash"),
                rs.getString("source"), instant(rs.getTimestamp("loaded_at")), rs.getInt("entity_count"),
                rs.getBoolean("active"), instant(rs.getTimestamp("activated_at")),
                rs.getObject("previous_id", Long.class), instant(rs.getTimestamp("rescreened_at")),
                rs.getString("report"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Writes a version and its entities (not yet active) and returns its id. */
    public long insert(Handle h, String name, String contentHash, String source, Instant loadedAt,
            Collection<Entity> entities, String report) {
        long id = h.createUpdate("INSERT INTO list_versions (name, content_hash, source, loaded_at, entity_count,"
                        + " report) VALUES (:name, :hash, :source, :loaded, :count, :report)")
                .bind("name", name).bind("hash", contentHash).bind("source", source).bind("loaded", loadedAt)
                .bind("count", entities.size()).bind("report", report)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        PreparedBatch batch = h.prepareBatch("INSERT INTO list_entities (version_id, entity_id, content_hash, body)"
                + " VALUES (:v, :id, :hash, :body)");
        int n = 0;
        for (Entity e : entities) {
            String json = Json.entity(e);
            batch.bind("v", id).bind("id", e.id())
                    .bind("hash", dev.interdict.store.internal.Hashing.sha256(json)).bind("body", json).add();
            if (++n % BATCH == 0) {
                batch.execute();
            }
        }
        if (n % BATCH != 0) {
            batch.execute();
        }
        return id;
    }

    /**
     * Makes {@code versionId} the active version of its list, retiring the one before it (remembered as
     * {@code previous_id}, the base of the delta re-screen).
     */
    public void activate(Handle h, long versionId, Instant now) {
        Version v = byId(h, versionId).orElseThrow(() -> new IllegalArgumentException("no list version " + versionId));
        Optional<Version> previous = active(h, v.name());
        h.createUpdate("UPDATE list_versions SET active = FALSE WHERE name = :name AND active")
                .bind("name", v.name()).execute();
        h.createUpdate("UPDATE list_versions SET active = TRUE, activated_at = :now, previous_id = :prev,"
                        + " rescreened_at = NULL WHERE id = :id")
                .bind("now", now).bind("prev", previous.map(Version::id).orElse(null)).bind("id", versionId)
                .execute();
    }

    public Optional<Version> byId(Handle h, long id) {
        return h.createQuery("SELECT * FROM list_versions WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> version(rs)).findOne();
    }

    public Optional<Version> active(Handle h, String name) {
        return h.createQuery("SELECT * FROM list_versions WHERE name = :name AND active").bind("name", name)
                .map((rs, ctx) -> version(rs)).findOne();
    }

    /** All versions, newest first. */
    public List<Version> all(Handle h) {
        return h.createQuery("SELECT * FROM list_versions ORDER BY id DESC").map((rs, ctx) -> version(rs)).list();
    }

    /** The active versions, one per list, by id. */
    public List<Version> activeVersions(Handle h) {
        return h.createQuery("SELECT * FROM list_versions WHERE active ORDER BY id").map((rs, ctx) -> version(rs))
                .list();
    }

    /** Active versions whose delta re-screen has not finished (interrupted or still to run). */
    public List<Version> pendingRescreen(Handle h) {
        return h.createQuery("SELECT * FROM list_versions WHERE active AND rescreened_at IS NULL ORDER BY id")
                .map((rs, ctx) -> version(rs)).list();
    }

    /**
     * Claims the re-screen of a version for {@code lease}: succeeds when nobody holds it or the holder has not
     * renewed it within the lease (it crashed). Renew while working by passing the claim held.
     *
     * @return the claim (pass it as {@code held} to renew), or {@code null} when another process holds it
     */
    public Instant claimRescreen(Handle h, long versionId, Instant time, java.time.Duration lease, Instant held) {
        Instant now = time.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String sql = held == null
                ? "UPDATE list_versions SET rescreen_claimed_at = :now WHERE id = :id AND rescreened_at IS NULL"
                        + " AND (rescreen_claimed_at IS NULL OR rescreen_claimed_at < :stale)"
                : "UPDATE list_versions SET rescreen_claimed_at = :now WHERE id = :id AND rescreen_claimed_at = :held";
        return h.createUpdate(sql).bind("now", now).bind("id", versionId).bind("stale", now.minus(lease))
                .bind("held", held).execute() == 1 ? now : null;
    }

    public void markRescreened(Handle h, long versionId, Instant now) {
        h.createUpdate("UPDATE list_versions SET rescreened_at = :now WHERE id = :id")
                .bind("now", now).bind("id", versionId).execute();
    }

    /** The entities of a version, decoded. */
    public List<StoredEntity> entities(Handle h, long versionId) {
        return h.createQuery("SELECT body, content_hash FROM list_entities WHERE version_id = :v ORDER BY entity_id")
                .bind("v", versionId)
                .map((rs, ctx) -> new StoredEntity(Json.entity(rs.getString(1)), rs.getString(2)))
                .list();
    }

    /** Entity id to content hash, for diffs. */
    public Map<String, String> hashes(Handle h, long versionId) {
        Map<String, String> out = new HashMap<>();
        h.createQuery("SELECT entity_id, content_hash FROM list_entities WHERE version_id = :v")
                .bind("v", versionId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The entities of {@code versionId} that are new or changed against {@code previousId} (all if null). */
    public List<StoredEntity> changedSince(Handle h, long versionId, Long previousId) {
        if (previousId == null) {
            return entities(h, versionId);
        }
        Map<String, String> before = hashes(h, previousId);
        List<StoredEntity> out = new ArrayList<>();
        for (StoredEntity e : entities(h, versionId)) {
            if (!e.contentHash().equals(before.get(e.entity().id()))) {
                out.add(e);
            }
        }
        return out;
    }

    public void quarantine(Handle h, String name, String source, String reason, Instant now) {
        h.createUpdate("INSERT INTO list_quarantine (name, source, reason, received_at)"
                        + " VALUES (:n, :s, :r, :now)")
                .bind("n", name).bind("s", source)
                .bind("r", reason.length() > 2000 ? reason.substring(0, 2000) : reason).bind("now", now)
                .execute();
    }

    public List<Quarantined> quarantined(Handle h, int limit) {
        return h.createQuery("SELECT * FROM list_quarantine ORDER BY id DESC LIMIT :l").bind("l", limit)
                .map((rs, ctx) -> new Quarantined(rs.getLong("id"), rs.getString("name"), rs.getString("source"),
                        rs.getString("reason"), instant(rs.getTimestamp("received_at"))))
                .list();
    }
}
