package dev.interdict.model;

import java.util.Objects;

/**
 * A link from one entity to another, e.g. OFAC's "Linked To:" or a vessel's owner.
 *
 * @param type       the kind of link, e.g. {@code linked_to}, {@code owner}, {@code associate}
 * @param targetId   the target's {@link Entity#id()} when the source resolves it, else {@code null}
 * @param targetName the target's name as the source writes it
 */
public record Relationship(String type, String targetId, String targetName) {

    public Relationship {
        Objects.requireNonNull(type, "type");
        if (targetId == null && (targetName == null || targetName.isBlank())) {
            throw new IllegalArgumentException("a relationship needs a target id or a target name");
        }
    }
}
