package dev.interdict.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsFederalHolidaysTest {

    @Test
    void knownObservedHolidays() {
        // OPM's published federal holiday calendars
        assertThat(UsFederalHolidays.observed(2021)).contains(LocalDate.of(2021, 6, 18), // Juneteenth on a Saturday
                LocalDate.of(2021, 7, 5), LocalDate.of(2021, 12, 24), LocalDate.of(2021, 12, 31)); // New Year 2022
        assertThat(UsFederalHolidays.observed(2022)).doesNotContain(LocalDate.of(2022, 1, 1))
                .contains(LocalDate.of(2022, 6, 20), LocalDate.of(2022, 12, 26));
        assertThat(UsFederalHolidays.observed(2023)).containsExactly(LocalDate.of(2023, 1, 2),
                LocalDate.of(2023, 1, 16), LocalDate.of(2023, 2, 20), LocalDate.of(2023, 5, 29),
                LocalDate.of(2023, 6, 19), LocalDate.of(2023, 7, 4), LocalDate.of(2023, 9, 4),
                LocalDate.of(2023, 10, 9), LocalDate.of(2023, 11, 10), LocalDate.of(2023, 11, 23),
                LocalDate.of(2023, 12, 25));
        assertThat(UsFederalHolidays.observed(2026)).contains(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 1, 19), LocalDate.of(2026, 5, 25));
        assertThat(UsFederalHolidays.observed(2020)).doesNotContain(LocalDate.of(2020, 6, 19))
                .contains(LocalDate.of(2020, 7, 3));
        assertThat(UsFederalHolidays.observed(2025)).hasSize(11);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-02, 2026-03-16",   // plain fortnight
        "2026-06-10, 2026-06-25",   // Juneteenth (Fri 19 Jun) skipped
        "2026-06-26, 2026-07-13",   // Independence Day observed Fri 3 Jul skipped
        "2025-11-20, 2025-12-05",   // Thanksgiving 27 Nov skipped
        "2021-12-20, 2022-01-05",   // Christmas observed 24 Dec and New Year observed 31 Dec skipped
        "2026-03-07, 2026-03-20",   // blocked on a Saturday
    })
    void ofacReportIsDueTenBusinessDaysLater(LocalDate blocked, LocalDate due) {
        assertThat(UsFederalHolidays.ofacReportDue(blocked)).isEqualTo(due);
    }
}
