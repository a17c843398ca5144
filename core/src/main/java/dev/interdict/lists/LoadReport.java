package dev.interdict.lists;

import dev.interdict.model.Entity;
import dev.interdict.model.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What loading one list found: the problems (each with file and line or element), the rows skipped, and counts
 * of what was read. Immutable; readers collect into a {@link Builder}.
 */
public final class LoadReport {

    /** How many problems {@link #summary()} lists before "... and N more". */
    public static final int SUMMARY_PROBLEMS = 10;

    private final List<LoadProblem> problems;
    private final int skippedRows;
    private final Map<Schema, Integer> entitiesBySchema;
    private final int entities;
    private final int names;
    private final int identifiers;
    private final int relationships;

    private LoadReport(List<LoadProblem> problems, int skippedRows, List<Entity> entities) {
        this.problems = List.copyOf(problems);
        this.skippedRows = skippedRows;
        Map<Schema, Integer> bySchema = new EnumMap<>(Schema.class);
        int n = 0;
        int ids = 0;
        int rels = 0;
        for (Entity e : entities) {
            bySchema.merge(e.schema(), 1, Integer::sum);
            n += e.names().size();
            ids += e.identifiers().size();
            rels += e.relationships().size();
        }
        this.entitiesBySchema = Collections.unmodifiableMap(bySchema);
        this.entities = entities.size();
        this.names = n;
        this.identifiers = ids;
        this.relationships = rels;
    }

    public List<LoadProblem> problems() { return problems; }
    public int skippedRows() { return skippedRows; }
    public Map<Schema, Integer> entitiesBySchema() { return entitiesBySchema; }
    public int entities() { return entities; }
    public int names() { return names; }
    public int identifiers() { return identifiers; }
    public int relationships() { return relationships; }

    /** A human-readable multi-line summary: counts per schema, names, identifiers, links, the first problems. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append("entities: ").append(entities).append('\n');
        entitiesBySchema.forEach((s, c) -> b.append("  ").append(s.ftmName()).append(": ").append(c).append('\n'));
        b.append("names: ").append(names).append('\n');
        b.append("identifiers: ").append(identifiers).append('\n');
        b.append("relationships: ").append(relationships).append('\n');
        b.append("skipped rows: ").append(skippedRows).append('\n');
        b.append("problems: ").append(problems.size()).append('\n');
        for (int i = 0; i < Math.min(SUMMARY_PROBLEMS, problems.size()); i++) {
            b.append("  ").append(problems.get(i)).append('\n');
        }
        if (problems.size() > SUMMARY_PROBLEMS) {
            b.append("  ... and ").append(problems.size() - SUMMARY_PROBLEMS).append(" more\n");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects problems while a reader runs. Not thread-safe. */
    public static final class Builder {
        private final List<LoadProblem> problems = new ArrayList<>();
        private int skipped;

        private Builder() {
        }

        /** Records a problem in a row that was still read (in part). */
        public Builder problem(String file, long line, String element, String reason) {
            problems.add(new LoadProblem(file, line, element, reason));
            return this;
        }

        /** Records a row that could not be read at all: counted as skipped, with its reason. */
        public Builder skip(String file, long line, String element, String reason) {
            skipped++;
            return problem(file, line, element, "skipped: " + reason);
        }

        public int skippedRows() {
            return skipped;
        }

        public List<LoadProblem> problems() {
            return Collections.unmodifiableList(problems);
        }

        public LoadReport build(List<Entity> entities) {
            return new LoadReport(problems, skipped, entities);
        }
    }
}
