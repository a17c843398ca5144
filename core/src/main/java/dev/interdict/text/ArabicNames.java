package dev.interdict.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Latin spellings for common name words written in the Arabic script (Arabic, Persian, Urdu).
 *
 * <p>Arabic script leaves short vowels unwritten, so a machine transliteration of محمد is {@code mhmd}, which no list
 * spelling (Muhammad, Mohamed) meets except through loose consonant keys. The common name words are few and their
 * vowels are known: this table ({@code arabic-names.tsv}) gives them the spelling lists use, and the matcher's
 * usual Latin rules (Mohamed = Muhammad, Hussein = Husayn) do the rest. Words not in the table are left to ICU.
 *
 * <p>Words are looked up after {@link #fold}; a word with the article ({@code الدين}) is looked up without it
 * ({@code al-din}), and {@code عبد} fused with a listed name ({@code عبدالرحمن}) gives {@code abd al-rahman}.
 */
public final class ArabicNames {

    private static final Map<String, String> NAMES = load();

    private ArabicNames() {
    }

    /** The Latin spelling of the name word {@code word}, or {@code null} when it is not a listed Arabic-script name. */
    public static String latin(String word) {
        String f = fold(word);
        if (f.isEmpty()) {
            return null;
        }
        for (int i = 0; i < f.length(); i++) {
            if (Character.UnicodeScript.of(f.charAt(i)) != Character.UnicodeScript.ARABIC) {
                return null;
            }
        }
        String v = NAMES.get(f);
        if (v != null) {
            return v;
        }
        if (f.startsWith("ال") && f.length() > 3 && (v = NAMES.get(f.substring(2))) != null) {
            return "al-" + v;
        }
        if (f.startsWith("عبد") && f.length() > 4) {
            String rest = f.substring(3);
            if (rest.startsWith("ال") && rest.length() > 3) {
                rest = rest.substring(2);
            }
            v = NAMES.get(rest);
            if (v != null && !v.contains(" ")) {
                return "abd al-" + v;
            }
        }
        return null;
    }

    /**
     * The letters of {@code word} with vowel marks and the tatweel removed and the spellings of one sound made one:
     * alef with hamza or madda → alef, alef maqsura and Persian yeh → yeh, teh marbuta → heh, keheh → kaf.
     */
    static String fold(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
                continue;
            }
            b.append(switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                case '\u0649', '\u06CC', '\u06D2' -> '\u064A';
                case '\u0629', '\u06C0', '\u06BE' -> '\u0647';
                case '\u06A9' -> '\u0643';
                default -> c;
            });
        }
        return b.toString();
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = ArabicNames.class.getResourceAsStream("arabic-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("arabic-names.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException("arabic-names.tsv: expected 'arabic<TAB>latin', got: " + line);
                }
                m.put(fold(f[0].strip()), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
