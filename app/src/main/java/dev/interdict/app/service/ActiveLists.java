package dev.interdict.app.service;

import dev.interdict.model.Entity;
import dev.interdict.screening.Match;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import dev.interdict.store.ListVersions;
import dev.interdict.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The screener over the active version of every list, rebuilt when the set of active versions changes (by this
 * process or another one sharing the database: {@link #refresh()} is polled). Readers get an immutable
 * {@link Snapshot}; a refresh swaps it atomically.
 */
public final class ActiveLists {

    /** Where an entity of the snapshot comes from. */
    public record EntityRef(String contentHash, long versionId) {
    }

    /** The lists in force at one moment: their versions, screener and entity hashes. */
    public record Snapshot(String key, List<ListVersions.Version> versions, Screener screener,
            Map<String, EntityRef> entities) {

        public List<Match> screen(Query q, double threshold, int limit) {
            return screener.screen(q, threshold, limit);
        }

        public EntityRef ref(Entity e) {
            return entities.get(e.id());
        }
    }

    private final Store store;
    private volatile Snapshot current = new Snapshot("", List.of(), Screener.of(List.of()), Map.of());

    public ActiveLists(Store store) {
        this.store = store;
    }

    public Snapshot current() {
        return current;
    }

    /** Reloads when the active versions differ from the snapshot's; returns whether it did. */
    public synchronized boolean refresh() {
        List<ListVersions.Version> active = store.withHandle(h -> store.lists().activeVersions(h));
        String key = active.stream().map(v -> Long.toString(v.id())).collect(Collectors.joining(","));
        if (key.equals(current.key())) {
            return false;
        }
        List<Entity> entities = new ArrayList<>();
        Map<String, EntityRef> refs = new HashMap<>();
        for (ListVersions.Version v : active) {
            for (ListVersions.StoredEntity se : store.withHandle(h -> store.lists().entities(h, v.id()))) {
                entities.add(se.entity());
                refs.put(se.entity().id(), new EntityRef(se.contentHash(), v.id()));
            }
        }
        current = new Snapshot(key, List.copyOf(active), Screener.of(entities), Map.copyOf(refs));
        return true;
    }
}
