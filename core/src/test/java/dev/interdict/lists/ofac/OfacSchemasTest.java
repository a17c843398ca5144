package dev.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.lists.ListVersion;
import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.Schema;
import dev.interdict.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfacSchemasTest {

    @Test
    void typedRowsFollowTheirType() {
        assertThat(OfacSchemas.of("individual", "X, Y", List.of(), false)).isEqualTo(Schema.PERSON);
        assertThat(OfacSchemas.of("vessel", "SEA", List.of(), false)).isEqualTo(Schema.VESSEL);
        assertThat(OfacSchemas.of("aircraft", "EP-ABC", List.of(), false)).isEqualTo(Schema.AIRCRAFT);
        assertThatThrownBy(() -> OfacSchemas.of("spaceship", "X", List.of(), false))
                .hasMessageContaining("individual, vessel, aircraft");
    }

    @Test
    void untypedRowsAreCompaniesOrganisationsOrLegalEntities() {
        assertThat(OfacSchemas.of(null, "BODECARNE, S.A. DE C.V.", List.of("SDGT"), false)).isEqualTo(Schema.COMPANY);
        assertThat(OfacSchemas.of(null, "ANGLO-CARIBBEAN CO., LTD.", List.of("CUBA"), false)).isEqualTo(Schema.COMPANY);
        assertThat(OfacSchemas.of(null, "ACME GMBH", List.of(), false)).isEqualTo(Schema.COMPANY);
        assertThat(OfacSchemas.of(null, "SINALOA CARTEL", List.of("SDNTK", "FTO"), false)).isEqualTo(Schema.ORGANIZATION);
        assertThat(OfacSchemas.of(null, "SOME GROUP", List.of("SDNTK"), true)).isEqualTo(Schema.ORGANIZATION);
        assertThat(OfacSchemas.of(null, "LOS CUINIS", List.of("SDNTK"), false)).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(OfacSchemas.of(null, "CARTEL DE COLOMBIA", List.of("SDNTK"), false)).isEqualTo(Schema.LEGAL_ENTITY);
    }

    @Test
    void aliasOnlyEntitiesAreReadFromAllTheirAliases() {
        assertThat(OfacSchemas.fromAliases(List.of("OSEGUERA CERVANTES, Nemesio"))).isEqualTo(Schema.PERSON);
        assertThat(OfacSchemas.fromAliases(List.of("EL MENCHO", "OSEGUERA CERVANTES, Nemesio")))
                .isEqualTo(Schema.PERSON);
        assertThat(OfacSchemas.fromAliases(List.of("CARTEL DE SINALOA"))).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(OfacSchemas.fromAliases(List.of("MECHEL STEEL", "MECHEL STEEL GROUP OAO")))
                .isEqualTo(Schema.COMPANY);
        assertThat(OfacSchemas.fromAliases(List.of("ANGLO-CARIBBEAN CO., LTD."))).isEqualTo(Schema.COMPANY);
        assertThat(OfacSchemas.fromAliases(List.of())).isEqualTo(Schema.LEGAL_ENTITY);
    }

    /**
     * The alias rules checked against lists whose types are known: every entry with aliases is classified from its
     * aliases alone, as if its {@code sdn.csv} row were missing, and compared with its real type. A person taken for
     * a company would be missed by person screening, so that direction must never happen.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lists/ofac-sdn-2019", "lists/ofac-sdn-2021-07", "lists/ofac-consolidated-2025-12"})
    void aliasRulesAgreeWithTypedLists(String folder) throws IOException {
        Path dir = SharedData.require(folder);
        ListVersion v = (folder.contains("consolidated") ? OfacCsvReader.consolidated() : OfacCsvReader.sdn()).read(dir);
        int persons = 0;
        int companies = 0;
        for (Entity e : v.entities()) {
            List<String> aliases = e.names().stream().filter(n -> n.kind() != NameKind.PRIMARY)
                    .filter(n -> n.kind() != NameKind.WEAK_ALIAS).map(Name::value).toList();
            if (aliases.isEmpty()) {
                continue;
            }
            Schema guess = OfacSchemas.fromAliases(aliases);
            if (guess == Schema.PERSON) {
                persons++;
                assertThat(e.schema()).as("%s %s", e.id(), aliases).isEqualTo(Schema.PERSON);
            } else if (guess == Schema.COMPANY) {
                companies++;
                assertThat(e.schema()).as("%s %s", e.id(), aliases).isNotEqualTo(Schema.PERSON);
                assertThat(e.schema().isOrganisation()).as("%s %s", e.id(), aliases).isTrue();
            }
        }
        assertThat(persons).as("entries read as persons").isGreaterThan(50);
        assertThat(companies).as("entries read as companies").isGreaterThan(50);
    }
}
