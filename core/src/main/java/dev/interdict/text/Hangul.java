package dev.interdict.text;

import java.util.Map;

/**
 * Korean names in Hangul, romanised as sanctions lists write them.
 *
 * <p>ICU romanises Hangul letter by letter in the Revised Romanisation and runs the syllables of a name together
 * (김정은 → {@code gimjeong-eun}), while lists write Korean names syllable by syllable in the McCune-Reischauer style
 * without diacritics that North Korean names on the OFAC and UN lists use ({@code KIM Jong Un}, {@code RI Pyong
 * Chol}, {@code CHOE Ryong Hae}, {@code PAK Pong Ju}). This class does the same:
 * <ul>
 *   <li>each syllable is read on its own (initial k, t, p, j, ch, r; ㅓ and ㅗ both o, ㅡ and ㅜ both u);</li>
 *   <li>a word of three or more syllables that starts with a family name is that family name followed by the
 *       given name ({@code 김정은} → {@code Kim Jong-Un}); the syllables of a given name are joined by hyphens, as
 *       in {@code Kim Jong-un}, so the matcher may read them fused or apart;</li>
 *   <li>a one-syllable word (a family name written apart, as in {@code 경수 송}) takes its usual spelling.</li>
 * </ul>
 */
public final class Hangul {

    private static final String[] INITIAL = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j",
        "jj", "ch", "kh", "th", "ph", "h"};
    private static final String[] MEDIAL = {"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe",
        "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
        "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    /**
     * Family names whose list spelling is not the syllable's own reading: the initial ㄹ that South Korean usage
     * drops or writes as n is kept as r, as in the lists' North Korean names (RI, RIM, RO).
     */
    private static final Map<Character, String> FAMILY = Map.of('이', "ri", '임', "rim", '노', "ro");

    /** Two-syllable family names and their usual spellings. */
    private static final Map<String, String> FAMILY2 = Map.of("남궁", "namgung", "황보", "hwangbo", "제갈", "jegal",
            "선우", "sonu", "독고", "tokko", "사공", "sagong", "서문", "somun");

    private Hangul() {
    }

    /** True when {@code word} has a Hangul syllable. */
    public static boolean has(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isSyllable(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word} romanised; {@code null} when it is not made only of Hangul syllables (left to ICU then).
     */
    public static String romanise(String word) {
        int n = word.length();
        if (n == 0) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (!isSyllable(word.charAt(i))) {
                return null;
            }
        }
        if (n == 1) {
            return family(word.charAt(0));
        }
        int familyLength = n >= 3 ? (n >= 4 && FAMILY2.containsKey(word.substring(0, 2)) ? 2 : 1) : 0;
        StringBuilder b = new StringBuilder();
        if (familyLength == 1) {
            b.append(family(word.charAt(0))).append(' ');
        } else if (familyLength == 2) {
            b.append(FAMILY2.get(word.substring(0, 2))).append(' ');
        }
        for (int i = familyLength; i < n; i++) {
            if (i > familyLength) {
                b.append('-');
            }
            b.append(syllable(word.charAt(i)));
        }
        return b.toString();
    }

    private static String family(char c) {
        String f = FAMILY.get(c);
        return f != null ? f : syllable(c);
    }

    private static String syllable(char c) {
        int s = c - 0xAC00;
        return INITIAL[s / 588] + MEDIAL[(s % 588) / 28] + FINAL[s % 28];
    }

    private static boolean isSyllable(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }
}
