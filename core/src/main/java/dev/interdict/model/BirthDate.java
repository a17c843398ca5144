package dev.interdict.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A birth date as lists state it: one date ({@code 17 Jul 1966}), a year, a range ({@code 1966 to 1968}), or an
 * approximate date ({@code circa 1966}). {@link #earliest()} and {@link #latest()} bound the days it covers; a
 * circa date is widened by {@link #CIRCA_YEARS} years each side.
 *
 * @param from  the date, or the first of a range
 * @param to    the last of a range, or {@code null} for a single date
 * @param circa whether the source says the date is approximate
 */
public record BirthDate(PartialDate from, PartialDate to, boolean circa) {

    /** How far either side an approximate ("circa") date reaches. */
    public static final int CIRCA_YEARS = 2;

    public BirthDate {
        Objects.requireNonNull(from, "from");
        if (to != null && to.last().isBefore(from.first())) {
            throw new IllegalArgumentException("birth date range must not end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static BirthDate of(PartialDate date) {
        return new BirthDate(date, null, false);
    }

    public static BirthDate parse(String iso) {
        return of(PartialDate.parse(iso));
    }

    public boolean isRange() {
        return to != null;
    }

    public LocalDate earliest() {
        LocalDate d = from.first();
        return circa ? d.minusYears(CIRCA_YEARS) : d;
    }

    public LocalDate latest() {
        LocalDate d = (to == null ? from : to).last();
        return circa ? d.plusYears(CIRCA_YEARS) : d;
    }

    /** Whether some day could be both this birth date and {@code other}. */
    public boolean overlaps(BirthDate other) {
        return !latest().isBefore(other.earliest()) && !other.latest().isBefore(earliest());
    }

    @Override
    public String toString() {
        String s = to == null ? from.toString() : from + "/" + to;
        return circa ? "circa " + s : s;
    }
}
