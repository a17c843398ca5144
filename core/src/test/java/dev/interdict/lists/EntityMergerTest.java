package dev.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {

    private static ListVersion version(Entity... entities) {
        List<Entity> list = List.of(entities);
        return ListVersion.of("l", ListFormat.FTM_JSON, null, list, LoadReport.builder().build(list));
    }

    @Test
    void unitesNamesAndAttributesAndKeepsFirstAppearanceOrder() {
        Entity a1 = Entity.builder("l", "1").name(Name.primary("ALPHA")).program("P1").nationality("MX").build();
        Entity b = Entity.builder("l", "2").name(Name.primary("BETA")).build();
        Entity a2 = Entity.builder("l", "1").schema(Schema.PERSON).name(Name.primary("ALFA")).program("P2")
                .nationality("MX").gender("male").remarks("r").build();
        Entity c = Entity.builder("l", "3").name(Name.primary("GAMMA")).build();
        List<Entity> merged = ListLoader.merge(List.of(version(a1, b), version(c, a2)));
        assertThat(merged).extracting(Entity::id).containsExactly("l:1", "l:2", "l:3");
        Entity a = merged.get(0);
        assertThat(a.names()).containsExactly(Name.primary("ALPHA"), Name.alias("ALFA"));
        assertThat(a.programs()).containsExactly("P1", "P2");
        assertThat(a.nationalities()).containsExactly("MX");
        assertThat(a.schema()).isEqualTo(Schema.PERSON);
        assertThat(a.gender()).isEqualTo("male");
        assertThat(a.remarks()).isEqualTo("r");
    }

    @Test
    void aRealPrimaryNameBeatsADerivedOne() {
        Entity derived = Entity.builder("l", "1").name(Name.primary("ALIAS")).property(EntityMerger.DERIVED_PRIMARY, "true")
                .build();
        Entity real = Entity.builder("l", "1").name(Name.primary("REAL")).build();
        Entity m = EntityMerger.merge(derived, real);
        assertThat(m.names()).containsExactly(Name.primary("REAL"), Name.alias("ALIAS"));
        assertThat(m.properties()).doesNotContainKey(EntityMerger.DERIVED_PRIMARY);
        assertThatThrownBy(() -> EntityMerger.merge(real, Entity.builder("l", "2").name(Name.primary("X")).build()))
                .hasMessageContaining("same id");
    }
}
