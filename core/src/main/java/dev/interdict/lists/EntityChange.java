package dev.interdict.lists;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one entity differs between two versions of a list: per field, the values added and removed.
 *
 * @param id       the entity id (the same in both versions)
 * @param sourceId the list's own identifier
 * @param caption  the primary name in the newer version
 * @param fields   by field name ({@link ListDiff#FIELDS} order), only the fields that changed
 */
public record EntityChange(String id, String sourceId, String caption, Map<String, FieldChange> fields) {

    public EntityChange {
        Objects.requireNonNull(id, "id");
        fields = Map.copyOf(fields);
    }

    /** The values of one field that only the new version has ({@code added}) or only the old one ({@code removed}). */
    public record FieldChange(List<String> added, List<String> removed) {
        public FieldChange {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }
}
