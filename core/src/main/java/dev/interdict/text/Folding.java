package dev.interdict.text;

import java.text.Normalizer;

/**
 * Reduces Latin text to lower-case ASCII letters, digits and spaces: accents dropped (Peña → pena), ligatures and
 * special letters spelled out (ß → ss, Æ → ae, Ø → o, Ł → l), apostrophes removed inside words (O'Brien → obrien),
 * every other character a space.
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    b.append((char) (c + 32));
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    b.append(c);
                } else if (c == '\'' || c == '`') {
                    // apostrophes join: O'Brien, D'Angelo
                } else {
                    b.append(' ');
                }
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                case 'ø', 'Ø' -> b.append('o');
                case 'ł', 'Ł' -> b.append('l');
                case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
                case 'þ', 'Þ' -> b.append("th");
                case 'ı' -> b.append('i');
                case '\u2019', '\u2018', '\u02bc', '\u02bb', '\u02be', '\u02bf' -> {
                    // typographic apostrophes and ayn/hamza marks join like '
                }
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        b.append(Character.toLowerCase(c));
                    } else {
                        b.append(' ');
                    }
                }
            }
        }
        return b.toString();
    }
}
