package dev.interdict.lists;

import dev.interdict.model.Entity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One loaded version of one list: its entities in source order, the report of what loading found, and a content
 * hash that is equal for equal content (whatever the entity order), so two downloads can be compared cheaply.
 * Immutable.
 */
public final class ListVersion {

    private final String name;
    private final ListFormat format;
    private final Path source;
    private final Instant loadedAt;
    private final List<Entity> entities;
    private final Map<String, Entity> byId;
    private final LoadReport report;
    private final String contentHash;

    private ListVersion(String name, ListFormat format, Path source, Instant loadedAt, List<Entity> entities,
            LoadReport report) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.source = source;
        this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
        this.entities = List.copyOf(entities);
        this.report = Objects.requireNonNull(report, "report");
        Map<String, Entity> ids = new LinkedHashMap<>();
        for (Entity e : this.entities) {
            if (ids.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("entity id " + e.id() + " occurs twice in list " + name
                        + ": ids must be unique within a version");
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.contentHash = ContentHash.of(this.entities);
    }

    /**
     * A version of the list {@code name}, loaded now.
     *
     * @param source the file or folder read, or {@code null} for entities made in memory
     * @throws IllegalArgumentException when two entities share an id
     */
    public static ListVersion of(String name, ListFormat format, Path source, List<Entity> entities,
            LoadReport report) {
        return new ListVersion(name, format, source, Instant.now(), entities, report);
    }

    /** The list key, e.g. {@code ofac-sdn}; the same as {@link Entity#list()} of its entities. */
    public String name() { return name; }
    public ListFormat format() { return format; }
    /** Hex SHA-256 over the canonical forms of the entities, independent of their order (see {@link ContentHash}). */
    public String contentHash() { return contentHash; }
    public Instant loadedAt() { return loadedAt; }
    public Path source() { return source; }
    public List<Entity> entities() { return entities; }
    public LoadReport report() { return report; }

    public Optional<Entity> get(String entityId) {
        return Optional.ofNullable(byId.get(entityId));
    }

    @Override
    public String toString() {
        return name + " (" + format + ", " + entities.size() + " entities, " + contentHash.substring(0, 12) + ")";
    }
}
