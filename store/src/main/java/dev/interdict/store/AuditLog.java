package dev.interdict.store;

import dev.interdict.store.internal.Hashing;
import dev.interdict.store.internal.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The append-only audit log. Entries are numbered 1, 2, 3, ... and chained: each entry's hash is
 * SHA-256(previous hash + the entry's canonical text), and {@code audit_head} holds the last one. Appending locks
 * the head row, so the chain is linear even with concurrent writers, and the entry commits with the change it
 * records. {@link #verify(Handle)} recomputes the chain: an edited, deleted or inserted entry breaks it.
 */
public final class AuditLog {

    static final AuditLog INSTANCE = new AuditLog();
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditLog() {
    }

    /** One entry. {@code tenantId} is {@code null} for deployment-wide events (list activations). */
    public record Entry(long seq, Instant at, Long tenantId, String actor, String action, String subject,
            String detail, String prevHash, String hash) {

        /** The text the hash covers: a JSON array of every field but the hashes. */
        public String canonical() {
            return canonical(seq, at.toEpochMilli(), tenantId, actor, action, subject, detail);
        }

        static String canonical(long seq, long atMillis, Long tenantId, String actor, String action,
                String subject, String detail) {
            return Json.write(Arrays.asList(seq, atMillis, tenantId, actor, action, subject, detail));
        }
    }

    /** Appends an entry in the caller's transaction and returns it. */
    public Entry append(Handle h, Long tenantId, String actor, String action, String subject,
            Map<String, ?> detail, Instant now) {
        record Head(long seq, String hash) {
        }
        Head head = h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2)))
                .one();
        long seq = head.seq() + 1;
        long at = now.toEpochMilli();
        String detailJson = Json.write(detail == null ? Map.of() : new TreeMap<>(detail));
        String hash = Hashing.sha256(head.hash() + Entry.canonical(seq, at, tenantId, actor, action, subject,
                detailJson));
        h.createUpdate("INSERT INTO audit_log (seq, at_millis, tenant_id, actor, action, subject, detail,"
                        + " prev_hash, hash) VALUES (:seq, :at, :t, :actor, :action, :subject, :detail, :prev, :hash)")
                .bind("seq", seq).bind("at", at).bind("t", tenantId).bind("actor", actor)
                .bind("action", action).bind("subject", subject).bind("detail", detailJson)
                .bind("prev", head.hash()).bind("hash", hash)
                .execute();
        h.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                .bind("seq", seq).bind("hash", hash).execute();
        return new Entry(seq, Instant.ofEpochMilli(at), tenantId, actor, action, subject, detailJson,
                head.hash(), hash);
    }

    /** Entries after {@code afterSeq}, oldest first; a tenant sees its own and the deployment-wide ones. */
    public List<Entry> list(Handle h, Long tenantId, long afterSeq, int limit) {
        String where = tenantId == null ? "" : " AND (tenant_id = :t OR tenant_id IS NULL)";
        return h.createQuery("SELECT * FROM audit_log WHERE seq > :after" + where + " ORDER BY seq LIMIT :limit")
                .bind("after", afterSeq).bind("t", tenantId).bind("limit", limit)
                .map((rs, ctx) -> new Entry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at_millis")),
                        rs.getObject("tenant_id", Long.class), rs.getString("actor"), rs.getString("action"),
                        rs.getString("subject"), rs.getString("detail"), rs.getString("prev_hash"),
                        rs.getString("hash")))
                .list();
    }

    /** The outcome of {@link #verify(Handle)}: the number of entries checked and every break found. */
    public record Verification(long entries, String headHash, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Walks the whole chain, in pages, and checks numbering, links, hashes and the head. */
    public Verification verify(Handle h) {
        List<String> problems = new ArrayList<>();
        long expectedSeq = 1;
        String prev = GENESIS;
        long count = 0;
        while (true) {
            List<Entry> page = list(h, null, expectedSeq - 1, 10_000);
            if (page.isEmpty()) {
                break;
            }
            for (Entry e : page) {
                if (e.seq() != expectedSeq) {
                    problems.add("entry " + expectedSeq + (e.seq() > expectedSeq ? " to " + (e.seq() - 1) : "")
                            + " missing (deleted?)");
                }
                if (!e.prevHash().equals(prev)) {
                    problems.add("entry " + e.seq() + ": previous hash does not match entry before it");
                }
                if (!Hashing.sha256(e.prevHash() + e.canonical()).equals(e.hash())) {
                    problems.add("entry " + e.seq() + ": content does not match its hash (edited?)");
                }
                prev = e.hash();
                expectedSeq = e.seq() + 1;
                count++;
                if (problems.size() > 100) {
                    return new Verification(count, prev, problems);
                }
            }
        }
        record Head(long seq, String hash) {
        }
        Head head = h.createQuery("SELECT seq, hash FROM audit_head WHERE id = 1")
                .map((rs, ctx) -> new Head(rs.getLong(1), rs.getString(2))).one();
        if (head.seq() != expectedSeq - 1 || !head.hash().equals(prev)) {
            problems.add("chain ends at entry " + (expectedSeq - 1) + " but the head records entry " + head.seq()
                    + " (entries removed from the end, or head edited)");
        }
        return new Verification(count, head.hash(), problems);
    }
}
