package dev.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import dev.interdict.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ListDiffTest {

    private static ListVersion version(Entity... entities) {
        List<Entity> list = List.of(entities);
        return ListVersion.of("l", ListFormat.FTM_JSON, null, list, LoadReport.builder().build(list));
    }

    @Test
    void addedRemovedAndChangedPerField() throws IOException {
        Entity kept = Entity.builder("l", "1").name(Name.primary("SAME")).build();
        Entity before = Entity.builder("l", "2").name(Name.primary("OLD NAME")).name(Name.alias("X"))
                .program("P1").identifier(new Identifier("Passport", "1", "MX", null)).build();
        Entity after = Entity.builder("l", "2").name(Name.primary("NEW NAME")).name(Name.alias("X"))
                .name(Name.weak("Y")).program("P2").identifier(new Identifier("Passport", "1", "MX", null))
                .nationality("MX").remarks("now with remarks").build();
        Entity gone = Entity.builder("l", "3").name(Name.primary("GONE")).program("P1").build();
        Entity fresh = Entity.builder("l", "4").schema(Schema.PERSON).name(Name.primary("FRESH")).program("P3").build();

        ListDiff d = ListDiff.between(version(kept, before, gone), version(kept, after, fresh));

        assertThat(d.added()).containsExactly(fresh);
        assertThat(d.removed()).containsExactly(gone);
        assertThat(d.changed()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("l:2");
            assertThat(c.caption()).isEqualTo("NEW NAME");
            assertThat(c.fields()).containsOnlyKeys("names", "aliases", "programs", "nationalities", "other");
            assertThat(c.fields().get("names").added()).containsExactly("NEW NAME");
            assertThat(c.fields().get("names").removed()).containsExactly("OLD NAME");
            assertThat(c.fields().get("aliases").added()).containsExactly("Y (weak)");
            assertThat(c.fields().get("programs").removed()).containsExactly("P1");
        });
        JsonNode json = new ObjectMapper().readTree(d.toJson());
        assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactly("added", "removed", "changed");
        assertThat(json.get("added").get(0).get("id").asText()).isEqualTo("l:4");
        assertThat(json.get("added").get(0).get("source_id").asText()).isEqualTo("4");
        assertThat(json.get("added").get(0).get("schema").asText()).isEqualTo("Person");
        assertThat(json.get("added").get(0).get("caption").asText()).isEqualTo("FRESH");
        assertThat(json.get("added").get(0).get("programs").get(0).asText()).isEqualTo("P3");
        assertThat(json.get("changed").get(0).get("fields").get("programs").get("added").get(0).asText()).isEqualTo("P2");
        assertThat(d.toText()).startsWith("1 added, 1 removed, 1 changed\n").contains("+ l:4  FRESH").contains("- l:3  GONE")
                .contains("~ l:2  NEW NAME").contains("programs - P1");
        assertThat(ListDiff.between(version(kept, before), version(before, kept)).isEmpty()).isTrue();
    }

    private static final Pattern ROW = Pattern.compile("^(\\d+),(.*)$");

    /** ent_num → the raw sdn.csv line, read with a plain regex rather than the reader's CSV parser. */
    private static Map<String, String> rawRows(Path folder) throws IOException {
        Map<String, String> rows = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(1), m.group(2));
            }
        }
        return rows;
    }

    @Test
    void sdn2019To2021MatchesAnIndependentCount() throws IOException {
        Path oldPath = SharedData.require("lists/ofac-sdn-2019");
        Path newPath = SharedData.require("lists/ofac-sdn-2021-07");
        Map<String, String> oldRows = rawRows(oldPath);
        Map<String, String> newRows = rawRows(newPath);
        Set<String> added = new HashSet<>(newRows.keySet());
        added.removeAll(oldRows.keySet());
        Set<String> removed = new HashSet<>(oldRows.keySet());
        removed.removeAll(newRows.keySet());
        Set<String> rowChanged = newRows.keySet().stream()
                .filter(k -> oldRows.containsKey(k) && !oldRows.get(k).equals(newRows.get(k)))
                .map(k -> "ofac-sdn:" + k).collect(Collectors.toSet());

        ListDiff d = ListDiff.between(ListLoader.load(oldPath), ListLoader.load(newPath));

        assertThat(d.added()).extracting(Entity::sourceId).containsExactlyInAnyOrderElementsOf(added);
        assertThat(d.removed()).extracting(Entity::sourceId).containsExactlyInAnyOrderElementsOf(removed);
        assertThat(added).hasSize(1858);
        assertThat(removed).hasSize(261);
        Set<String> changedIds = d.changed().stream().map(EntityChange::id).collect(Collectors.toSet());
        // every entity whose sdn.csv row changed is reported changed (alias/address edits add more)
        assertThat(changedIds).containsAll(rowChanged);
        assertThat(rowChanged).isNotEmpty();
        assertThat(d.changed()).allSatisfy(c -> assertThat(c.fields()).isNotEmpty());
        assertThat(changedIds.size()).isLessThanOrEqualTo(newRows.size() - added.size());
    }
}
