package dev.interdict.text;

import com.ibm.icu.text.Transliterator;

/**
 * Latin letters for names written in any script: Arabic, Cyrillic, Greek, Hebrew, CJK, Hangul, Kana, Thai, ...
 * (ICU's {@code Any-Latin} rules), then reduced to plain ASCII letters ({@code Latin-ASCII}); Korean words and
 * common Arabic-script name words take the spelling lists use instead ({@link Hangul}, {@link ArabicNames}). Latin
 * text takes a fast path without ICU. Thread-safe.
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

    /**
     * {@code s} in Latin letters; the input itself when it is already Latin. Word by word: Korean words are read
     * syllable by syllable as lists write them ({@link Hangul}), common Arabic-script name words take the spelling
     * lists use ({@link ArabicNames}), every other word ICU's transliteration.
     */
    public static String toLatin(String s) {
        if (!needsTransliteration(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            out.append(s, start, i);
            start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = s.substring(start, i);
                String latin = !needsTransliteration(word) ? word
                        : Hangul.has(word) ? Hangul.romanise(word) : ArabicNames.latin(word);
                out.append(latin != null ? latin : ANY_LATIN.get().transliterate(word));
            }
        }
        return out.toString();
    }
}
