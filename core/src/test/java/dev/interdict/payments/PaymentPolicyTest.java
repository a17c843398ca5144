package dev.interdict.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentPolicyTest {

    @Test
    void defaultsAreDocumentedValues() {
        PaymentPolicy p = PaymentPolicy.defaults();
        assertThat(p.blockThreshold()).isEqualTo(0.93);
        assertThat(p.holdThreshold()).isEqualTo(0.85);
        assertThat(p.programAction(List.of("FTO"))).isEqualTo(Action.BLOCK);
        assertThat(p.programAction(List.of("SDNTK", "ILLICIT-DRUGS-EO14059"))).isEqualTo(Action.BLOCK);
        assertThat(p.programAction(List.of("FSE-IR"))).isEqualTo(Action.REJECT);
        assertThat(p.programAction(List.of("SSI"))).isEqualTo(Action.HOLD);
        assertThat(p.programAction(List.of("SSI", "SDGT"))).isEqualTo(Action.BLOCK);
        assertThat(p.programAction(List.of("SOMETHING-NEW"))).isEqualTo(Action.BLOCK);
        assertThat(p.maxMessageBytes()).isEqualTo(PaymentPolicy.DEFAULT_MAX_MESSAGE_BYTES);
        assertThat(p.jurisdictions()).extracting(PaymentPolicy.Jurisdiction::code)
                .contains("CU", "IR", "KP", "SY", "UA-43", "UA-14", "UA-09");
    }

    @Test
    void readsCustomPolicyAndRoundTrips() {
        PaymentPolicy p = PaymentPolicy.parse("""
                // a bank that rejects Iran
                {"thresholds": {"block": 0.95, "hold": 0.8}, "programs": {"SDNTK": "REJECT"},
                 "jurisdictions": [{"code": "IR", "action": "REJECT", "terms": ["Tehran"]}]}
                """);
        assertThat(p.programAction(List.of("SDNTK"))).isEqualTo(Action.REJECT);
        assertThat(p.jurisdictions().get(0).terms()).containsExactly("TEHRAN");
        assertThat(PaymentPolicy.parse(p.toJson().toString()).toJson()).isEqualTo(p.toJson());
    }

    @Test
    void rejectsBadPolicies() {
        assertThatThrownBy(() -> PaymentPolicy.parse("{\"thresholds\": {\"block\": 0.5, \"hold\": 0.9}}"))
                .hasMessageContaining("0 < hold <= block <= 1");
        assertThatThrownBy(() -> PaymentPolicy.parse("{\"programs\": {\"FTO\": \"FREEZE\"}}"))
                .hasMessageContaining("'FREEZE' for FTO is not an action");
        assertThatThrownBy(() -> PaymentPolicy.parse("{")).hasMessageContaining("not valid JSON");
    }
}
