package dev.interdict.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * US federal holidays (5 U.S.C. 6103) computed by rule, with the observed day: a holiday on a Saturday is observed
 * the Friday before, on a Sunday the Monday after (so New Year's Day 2022 was observed on Friday 31 December 2021).
 * Juneteenth counts from 2021. Business days are Monday to Friday except observed holidays; OFAC's blocked-property
 * report is due {@link #OFAC_REPORT_BUSINESS_DAYS} business days after the property was blocked (31 CFR 501.603).
 */
public final class UsFederalHolidays {

    /** Business days OFAC allows for the initial blocked-property report. */
    public static final int OFAC_REPORT_BUSINESS_DAYS = 10;

    private UsFederalHolidays() {
    }

    /** The holidays of {@code year} as the calendar states them (not moved to the observed day). */
    public static Set<LocalDate> actual(int year) {
        Set<LocalDate> s = new TreeSet<>();
        s.add(LocalDate.of(year, 1, 1));
        s.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));      // Birthday of Martin Luther King, Jr.
        s.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));     // Washington's Birthday
        s.add(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))); // Memorial Day
        if (year >= 2021) {
            s.add(LocalDate.of(year, 6, 19));                       // Juneteenth National Independence Day
        }
        s.add(LocalDate.of(year, 7, 4));
        s.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));    // Labor Day
        s.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));      // Columbus Day
        s.add(LocalDate.of(year, 11, 11));                          // Veterans Day
        s.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));   // Thanksgiving Day
        s.add(LocalDate.of(year, 12, 25));
        return s;
    }

    /** The observed holidays that fall in {@code year} (incl. 31 December for a Saturday New Year's Day). */
    public static Set<LocalDate> observed(int year) {
        Set<LocalDate> s = new TreeSet<>();
        for (int y = year; y <= year + 1; y++) {
            for (LocalDate d : actual(y)) {
                LocalDate o = observedDay(d);
                if (o.getYear() == year) {
                    s.add(o);
                }
            }
        }
        return s;
    }

    private static LocalDate observedDay(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    public static boolean isHoliday(LocalDate d) {
        return observed(d.getYear()).contains(d);
    }

    public static boolean isBusinessDay(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isHoliday(d);
    }

    /** The date {@code n} business days after {@code start} (start itself does not count). */
    public static LocalDate plusBusinessDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** When the initial report of property blocked on {@code blocked} is due to OFAC. */
    public static LocalDate ofacReportDue(LocalDate blocked) {
        return plusBusinessDays(blocked, OFAC_REPORT_BUSINESS_DAYS);
    }
}
