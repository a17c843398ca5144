package dev.interdict.lists.ofac;

import dev.interdict.model.BirthDate;
import dev.interdict.model.PartialDate;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as OFAC remarks write them: {@code 17 Jul 1966}, {@code Jul 1966}, {@code 1966}, {@code circa 1966},
 * {@code 1966 to 1968}, {@code 1979-1982}, {@code 01 Jan 1960 to 31 Dec 1962}.
 */
public final class OfacDates {

    private static final Pattern DATE = Pattern.compile("(?:(\\d{1,2})\\s+)?(?:([A-Za-z]{3,9})\\.?\\s+)?(\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private OfacDates() {
    }

    /**
     * Parses a birth date.
     *
     * @throws IllegalArgumentException when the text is no date of these forms, or names a day that does not exist
     */
    public static BirthDate parseBirthDate(String text) {
        String t = text.strip();
        boolean circa = false;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("circa ")) {
            circa = true;
            t = t.substring(6).strip();
        }
        Matcher years = YEAR_RANGE.matcher(t);
        if (years.matches()) {
            return new BirthDate(parseDate(years.group(1)), parseDate(years.group(2)), circa);
        }
        int to = t.indexOf(" to ");
        if (to < 0) {
            return new BirthDate(parseDate(t), null, circa);
        }
        PartialDate from = parseDate(t.substring(0, to));
        PartialDate until = parseDate(t.substring(to + 4));
        return new BirthDate(from, until, circa);
    }

    /** Parses {@code 17 Jul 1966}, {@code Jul 1966} or {@code 1966}. */
    public static PartialDate parseDate(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a date like 17 Jul 1966, Jul 1966 or 1966");
        }
        int year = Integer.parseInt(m.group(3));
        int month = m.group(2) == null ? 0 : month(m.group(2));
        int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        if (day > 0 && month == 0) {
            throw new IllegalArgumentException("'" + text.strip() + "' has a day but no month");
        }
        try {
            return new PartialDate(year, month, day);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is no valid date: " + e.getMessage());
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(key)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unknown month '" + name + "'");
    }
}
