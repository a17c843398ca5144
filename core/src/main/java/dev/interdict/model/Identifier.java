package dev.interdict.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier the source lists for an entity: a passport, national ID, tax number, SWIFT/BIC, IMO number, a
 * digital currency address, ...
 *
 * @param type    the source's type as written, e.g. {@code Passport}, {@code R.F.C.}, {@code C.U.R.P.},
 *                {@code SWIFT/BIC}, {@code Digital Currency Address - XBT}
 * @param value   the identifier as written
 * @param country ISO 3166-1 alpha-2 code of the issuing country, or {@code null}
 * @param note    anything else the source says (issue or expiry dates, "(individual)"), or {@code null}
 */
public record Identifier(String type, String value, String country, String note) {

    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("identifier value must not be blank");
        }
    }

    public Identifier(String type, String value) {
        this(type, value, null, null);
    }

    /**
     * The value reduced for exact comparison: upper case, letters and digits only (spaces, dots and dashes removed).
     * Digital currency addresses keep their case, since it is significant in base58.
     */
    public String normalizedValue() {
        return normalize(type, value);
    }

    public static String normalize(String type, String value) {
        boolean caseSensitive = type != null && type.toLowerCase(Locale.ROOT).startsWith("digital currency")
                && !value.startsWith("0x") && !value.startsWith("0X");
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(caseSensitive ? c : Character.toUpperCase(c));
            }
        }
        return b.toString();
    }
}
