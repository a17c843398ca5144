package dev.interdict.app.service;

import dev.interdict.store.ListVersions;
import dev.interdict.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores list versions: a version and all its entities are written and activated in one transaction, with its
 * audit entry, so a crash leaves either the old version active or the new one, never a part. A list whose
 * content hash equals the active version's is not stored again. Refused lists are quarantined.
 */
public final class ListService {

    /** What an import did. */
    public record ImportResult(String name, long versionId, int entityCount, boolean unchanged, Long previousId) {
    }

    /** Entity ids added, removed and changed from one version to another. */
    public record Diff(long from, long to, List<String> added, List<String> removed, List<String> changed) {
    }

    private final Store store;
    private final Clock clock;

    public ListService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public ImportResult importList(LoadedList list, String actor) {
        if (list.entities().isEmpty()) {
            throw new ValidationException("list " + list.name() + " from " + list.source() + " has no entities");
        }
        Instant now = clock.instant();
        return store.inTransaction(h -> {
            Optional<ListVersions.Version> active = store.lists().active(h, list.name());
            if (active.isPresent() && active.get().contentHash().equals(list.contentHash())) {
                return new ImportResult(list.name(), active.get().id(), active.get().entityCount(), true,
                        active.get().previousId());
            }
            long id = store.lists().insert(h, list.name(), list.contentHash(), list.source(), now, list.entities(),
                    list.report());
            store.lists().activate(h, id, now);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("version", id);
            detail.put("entities", list.entities().size());
            detail.put("content_hash", list.contentHash());
            detail.put("source", list.source());
            detail.put("previous_version", active.map(ListVersions.Version::id).orElse(null));
            store.audit().append(h, null, actor, "lists.activate", list.name(), detail, now);
            return new ImportResult(list.name(), id, list.entities().size(), false,
                    active.map(ListVersions.Version::id).orElse(null));
        });
    }

    /** Records a refused list (download failed, truncated, shrunk) and audits it; the active version stays. */
    public void quarantine(String name, String source, String reason, String actor) {
        Instant now = clock.instant();
        store.inTransaction(h -> {
            store.lists().quarantine(h, name, source, reason, now);
            store.audit().append(h, null, actor, "lists.quarantine", name, Map.of("source", String.valueOf(source),
                    "reason", reason), now);
            return null;
        });
    }

    /** The entity ids added, removed and changed between two stored versions. */
    public Optional<Diff> diff(long from, long to) {
        return store.withHandle(h -> {
            if (store.lists().byId(h, from).isEmpty() || store.lists().byId(h, to).isEmpty()) {
                return Optional.<Diff>empty();
            }
            Map<String, String> a = store.lists().hashes(h, from);
            Map<String, String> b = store.lists().hashes(h, to);
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            b.forEach((id, hash) -> {
                String old = a.get(id);
                if (old == null) {
                    added.add(id);
                } else if (!old.equals(hash)) {
                    changed.add(id);
                }
            });
            a.keySet().stream().filter(id -> !b.containsKey(id)).forEach(removed::add);
            added.sort(null);
            changed.sort(null);
            removed.sort(null);
            return Optional.of(new Diff(from, to, added, removed, changed));
        });
    }
}
