package dev.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.model.Schema;
import dev.interdict.screening.eval.EvalData;
import dev.interdict.screening.eval.EvalData.Pair;
import dev.interdict.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfacParityTest {

    /** Recorded share of fixtures (SLS returned a score) reproduced within 5 points; see docs/accuracy.md. */
    static final double RECORDED_PARITY = 158 / 164.0;

    @Test
    void reproducesSanctionsListSearchScores() throws Exception {
        List<Pair> fixtures = EvalData.readOfacFixtures(SharedData.require("names/ofac_sls_parity_fixtures.csv"));
        int n = 0;
        int within = 0;
        for (Pair p : fixtures) {
            if (p.expected() < 0) {
                continue; // SLS did not return the pair
            }
            n++;
            if (Math.abs(OfacScorer.score(p.a(), p.b()) - p.expected()) <= 5) {
                within++;
            }
        }
        double parity = (double) within / n;
        System.out.printf("OFAC SLS parity: %d / %d within 5 points (%.1f%%)%n", within, n, parity * 100);
        assertThat(parity).isGreaterThanOrEqualTo(RECORDED_PARITY - 1e-9);
    }

    @Test
    void ofacModeScreensWithSlsScores() {
        var putin = dev.interdict.model.Entity.builder("ofac-sdn", "1").schema(Schema.PERSON)
                .name(dev.interdict.model.Name.primary("PUTIN, Vladimir Vladimirovich")).build();
        Screener s = Screener.of(List.of(putin), Algorithm.OFAC);
        assertThat(s.algorithm()).isEqualTo(Algorithm.OFAC);
        List<Match> m = s.screen(Query.of("VLADIMIR PUTIN"), 0.85, 5);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).score()).isEqualTo(1.0);
        assertThat(m.get(0).explanation().notes()).anyMatch(n -> n.contains("OFAC"));
    }

    @Test
    void pairwiseCompareByAlgorithm() {
        assertThat(Screener.compare(Algorithm.OFAC, Schema.PERSON, "VLADIMIR PUTIN", "PUTIN, Vladimir")).isEqualTo(1.0);
        assertThat(Screener.compare(Algorithm.OFAC, Schema.PERSON, "PUTIN", "PUTINA, Maria")).isEqualTo(0.97);
        assertThat(Screener.compare(Algorithm.INTERDICT, Schema.PERSON, "PUTIN", "PUTINA, Maria"))
                .isLessThan(Screener.DEFAULT_THRESHOLD);
    }
}
