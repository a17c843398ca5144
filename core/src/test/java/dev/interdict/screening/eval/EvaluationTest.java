package dev.interdict.screening.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void thresholdForFpNeverLetsMoreThanTheRateThrough() {
        double[] neg = {0.1, 0.5, 0.9, 0.93, 0.95, 0.95, 0.97, 0.99, 0.2, 0.3};
        // 20 % of 10 = 2 negatives may reach it: 0.97 and 0.99
        double t = Evaluation.thresholdForFp(neg, 0.2);
        assertThat(Evaluation.shareAtOrAbove(neg, t)).isEqualTo(0.2);
        assertThat(t).isGreaterThan(0.95).isLessThanOrEqualTo(0.97);
        // 30 % would let one of the tied 0.95 in, so neither is: the rate reached stays at 20 %
        assertThat(Evaluation.shareAtOrAbove(neg, Evaluation.thresholdForFp(neg, 0.3))).isEqualTo(0.2);
        assertThat(Evaluation.shareAtOrAbove(neg, Evaluation.thresholdForFp(neg, 0.4))).isEqualTo(0.4);
        assertThat(Evaluation.shareAtOrAbove(neg, Evaluation.thresholdForFp(neg, 0.0))).isZero();
        assertThat(Evaluation.thresholdForFp(neg, 1.0)).isZero();
    }

    @Test
    void thresholdForFpRejectsBadArguments() {
        assertThatThrownBy(() -> Evaluation.thresholdForFp(new double[] {0.5}, 1.5))
                .hasMessageContaining("maxFp must be in 0..1");
        assertThatThrownBy(() -> Evaluation.thresholdForFp(new double[0], 0.1))
                .hasMessageContaining("no negative scores");
    }
}
