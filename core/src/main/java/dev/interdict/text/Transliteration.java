package dev.interdict.text;

import com.ibm.icu.text.Transliterator;

/**
 * Latin letters for names written in any script: Arabic, Cyrillic, Greek, Hebrew, CJK, Hangul, Kana, Thai, ...
 * (ICU's {@code Any-Latin} rules), then reduced to plain ASCII letters ({@code Latin-ASCII}). Latin text takes a
 * fast path without ICU. Thread-safe.
 */
public final class Transliteration {

    private static final ThreadLocal<Transliterator> ANY_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Transliteration() {
    }

    /** True when {@code s} has a letter outside the Latin script. */
    public static boolean needsTransliteration(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (cp < 0x250) {
                continue; // ASCII and Latin-1/Extended-A/B
            }
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code s} in Latin letters; the input itself when it is already Latin. */
    public static String toLatin(String s) {
        if (!needsTransliteration(s)) {
            return s;
        }
        return ANY_LATIN.get().transliterate(s);
    }
}
