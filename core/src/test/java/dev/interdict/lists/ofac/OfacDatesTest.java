package dev.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.model.BirthDate;
import org.junit.jupiter.api.Test;

class OfacDatesTest {

    @Test
    void readsEveryFormOfalistedBirthDate() {
        assertThat(OfacDates.parseBirthDate("17 Jul 1966").toString()).isEqualTo("1966-07-17");
        assertThat(OfacDates.parseBirthDate("Jul 1966").toString()).isEqualTo("1966-07");
        assertThat(OfacDates.parseBirthDate("1966").toString()).isEqualTo("1966");
        BirthDate range = OfacDates.parseBirthDate("1966 to 1968");
        assertThat(range.isRange()).isTrue();
        assertThat(range.toString()).isEqualTo("1966/1968");
        assertThat(OfacDates.parseBirthDate("01 Jan 1960 to 31 Dec 1962").toString()).isEqualTo("1960-01-01/1962-12-31");
        BirthDate circa = OfacDates.parseBirthDate("circa 1966");
        assertThat(circa.circa()).isTrue();
        assertThat(circa.earliest().getYear()).isEqualTo(1964);
        assertThat(OfacDates.parseBirthDate("circa 1979-1982").toString()).isEqualTo("circa 1979/1982");
    }

    @Test
    void rejectsWhatIsNoDate() {
        assertThatThrownBy(() -> OfacDates.parseBirthDate("31 Feb 1970")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31 Feb 1970");
        assertThatThrownBy(() -> OfacDates.parseBirthDate("unknown")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfacDates.parseBirthDate("17 Foo 1966")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("month");
        assertThatThrownBy(() -> OfacDates.parseBirthDate("1970 to 1960")).isInstanceOf(IllegalArgumentException.class);
    }
}
