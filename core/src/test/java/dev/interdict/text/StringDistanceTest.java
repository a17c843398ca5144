package dev.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StringDistanceTest {

    @Test
    void osaCountsTranspositionAsOneEdit() {
        assertThat(StringDistance.osa("guzman", "guzmna", 2)).isEqualTo(1);
        assertThat(StringDistance.osa("guzman", "guzman", 2)).isZero();
        assertThat(StringDistance.osa("guzman", "gusmann", 2)).isEqualTo(2);
        assertThat(StringDistance.osa("abc", "xyz", 1)).isEqualTo(2); // stops early: max + 1
        assertThat(StringDistance.osa("", "abc", 5)).isEqualTo(3);
    }

    @Test
    void jaroWinklerMatchesTheTextbookValues() {
        assertThat(StringDistance.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
        assertThat(StringDistance.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, within(0.001));
        assertThat(StringDistance.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
        assertThat(StringDistance.jaroWinkler("abc", "xyz")).isZero();
    }
}
