package dev.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void aliasOnlyEntitiesArePersonsInCommaForm() {
        assertThat(OfacSchemas.fromAlias("OSEGUERA CERVANTES, Nemesio")).isEqualTo(Schema.PERSON);
        assertThat(OfacSchemas.fromAlias("CARTEL DE SINALOA")).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(OfacSchemas.fromAlias("ANGLO-CARIBBEAN CO., LTD.")).isEqualTo(Schema.LEGAL_ENTITY);
    }
}
