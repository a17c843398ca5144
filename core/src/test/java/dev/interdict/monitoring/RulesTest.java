package dev.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static Rules load(String json) {
        return Rules.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void defaultsLoadWithDocumentedValues() {
        Rules r = Rules.defaults();
        assertThat(r.structuring().threshold()).isEqualTo(10_000);
        assertThat(r.network().settleDays()).isEqualTo(30);
        assertThat(r.remittance().countries()).contains("MX");
        assertThat(r.retentionMs()).isGreaterThanOrEqualTo(61 * Rules.DAY_MS);
    }

    @Test
    void fileOverridesOnlyWhatItNames() {
        Rules r = load("// comment\n{\"structuring\": {\"minNear\": 4}, \"cycle\": {\"enabled\": true}}");
        assertThat(r.structuring().minNear()).isEqualTo(4);
        assertThat(r.structuring().threshold()).isEqualTo(10_000);
        assertThat(r.cycle().enabled()).isTrue();
    }

    @Test
    void unknownKeysAndBadValuesAreErrors() {
        assertThatThrownBy(() -> load("{\"structuring\": {\"minNaer\": 4}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("structuring.minNaer");
        assertThatThrownBy(() -> load("{\"network\": {\"minFanIn\": 1}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("network.minFanIn must be >= 2");
        assertThatThrownBy(() -> load("{\"network\": "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
    }
}
