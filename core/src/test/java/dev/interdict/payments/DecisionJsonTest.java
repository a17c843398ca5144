package dev.interdict.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {

    @Test
    void decisionHasTheIssueShape() {
        var ds = TestLists.screening().screen(TestLists.message("pacs.009.001.08-cov.xml"));
        JsonNode n = DecisionJson.decisions(ds).get(0);
        assertThat(n.path("message_id").asText()).isEqualTo("RBC-COV-20260303-01");
        assertThat(n.path("end_to_end_id").asText()).isEqualTo("E2E-COV-1");
        assertThat(n.path("uetr").asText()).isEqualTo("1f8e2d3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
        assertThat(n.path("decision").asText()).isEqualTo("BLOCK");
        assertThat(n.path("reason").asText()).isNotBlank();
        JsonNode hit = n.path("hits").get(0);
        assertThat(hit.path("role").asText()).isEqualTo("underlying_creditor");
        assertThat(hit.path("path").asText()).isEqualTo("Document/FICdtTrf/CdtTrfTxInf[1]/UndrlygCstmrCdtTrf/Cdtr/Nm");
        assertThat(hit.path("value").asText()).isEqualTo("SINALOA CARTEL");
        assertThat(hit.path("source_id").asText()).isEqualTo("ofac-sdn:11440");
        assertThat(hit.path("score").asDouble()).isEqualTo(1.0);
        assertThat(hit.path("programs").toString()).isEqualTo("[\"SDNTK\",\"FTO\",\"SDGT\"]");
    }

    @Test
    void unparseableMessageIsAHeldDecisionWithNullIds() {
        JsonNode n = DecisionJson.decision(TestLists.screening().screen("garbage".getBytes()).get(0));
        assertThat(n.path("decision").asText()).isEqualTo("HOLD");
        assertThat(n.path("message_id").isNull()).isTrue();
        assertThat(n.path("hits").size()).isZero();
    }
}
