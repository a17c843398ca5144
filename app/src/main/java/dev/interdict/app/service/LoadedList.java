package dev.interdict.app.service;

import dev.interdict.model.Entity;
import java.util.List;
import java.util.Objects;

/**
 * A list as read from its files, ready to store as a version.
 *
 * @param name        the list key, e.g. {@code ofac-sdn}, {@code un-sc}
 * @param contentHash a hash of the source content: equal hashes mean an unchanged list
 * @param source      where it came from (a path or URL)
 * @param entities    the entities
 * @param report      what the reader noticed (skipped rows, warnings), as text or JSON, or {@code null}
 */
public record LoadedList(String name, String contentHash, String source, List<Entity> entities, String report) {
    public LoadedList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentHash, "contentHash");
        entities = List.copyOf(entities);
    }
}
