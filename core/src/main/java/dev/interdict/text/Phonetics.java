package dev.interdict.text;

/**
 * Keys under which names that sound alike meet.
 *
 * <ul>
 *   <li>{@link #spanish(String)}: Spanish and Portuguese spellings of one sound: b/v, s/z/c(e,i), ll/y, silent h,
 *       qu/k/c(a,o,u), g(e,i)/j, ph/f, double letters, final y/i. {@code Velasquez}, {@code Belazquez} and
 *       {@code Velazques} share a key.</li>
 *   <li>{@link #skeleton(String)}: the consonant skeleton used for romanised Arabic and Persian names, whose
 *       vowels vary by transcription: {@code Mohammed}, {@code Muhammad}, {@code Mohamed} all give {@code mhmd};
 *       {@code Hussein} and {@code Husayn} give {@code hsn}; {@code Qasim} and {@code Kassem} give {@code ksm}.
 *       Unvowelled Arabic script transliterates straight to it.</li>
 * </ul>
 * Input is a folded token (lower-case ASCII letters).
 */
public final class Phonetics {

    private Phonetics() {
    }

    public static String spanish(String t) {
        StringBuilder b = new StringBuilder(t.length());
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char next = i + 1 < n ? t.charAt(i + 1) : 0;
            switch (c) {
                case 'h' -> {
                    // silent, except as part of ch / sh / ph (handled at the preceding letter)
                }
                case 'c' -> {
                    if (next == 'h') {
                        b.append('x');
                        i++;
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        b.append('s');
                    } else if (next == 'k' || next == 'c' && i + 2 < n && "ei".indexOf(t.charAt(i + 2)) < 0) {
                        b.append('k');
                        i++;
                    } else {
                        b.append('k');
                    }
                }
                case 's', 'p' -> {
                    if (next == 'h') {
                        b.append(c == 's' ? 'x' : 'f'); // sh, ph
                        i++;
                    } else {
                        b.append(c);
                    }
                }
                case 'q' -> {
                    b.append('k');
                    if (next == 'u') {
                        i++;
                    }
                }
                case 'g' -> {
                    if (next == 'e' || next == 'i') {
                        b.append('j');
                    } else if (next == 'u' && i + 2 < n && (t.charAt(i + 2) == 'e' || t.charAt(i + 2) == 'i')) {
                        b.append('g');
                        i++;
                    } else {
                        b.append('g');
                    }
                }
                case 'l' -> {
                    if (next == 'l') {
                        b.append('y');
                        i++;
                    } else {
                        b.append('l');
                    }
                }
                case 't' -> {
                    if (!(next == 'c' && i + 2 < n && t.charAt(i + 2) == 'h')) {
                        b.append('t'); // tch (French-style romanisation of Cyrillic) sounds as ch
                    }
                }
                case 'j' -> {
                    if (!(i > 0 && t.charAt(i - 1) == 'i' && isVowel(next))) {
                        b.append('j'); // Anatolijevich = Anatolievich: the glide after i is not a letter of its own
                    }
                }
                case 'v', 'w' -> b.append('b');
                case 'z' -> b.append('s');
                case 'k' -> b.append('k');
                case 'x' -> b.append(i == 0 ? 'j' : 'x');
                case 'y' -> b.append(next == 0 || !isVowel(next) ? 'i' : 'y');
                default -> b.append(c);
            }
        }
        // collapse runs of one letter
        StringBuilder out = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** The consonant skeleton of a token (see {@link #walk}): Mohammed, Muhammad and Mohamed are mhmd. */
    public static String skeleton(String t) {
        return walk(t, null);
    }

    /**
     * The vowels of a token in the slots around its {@link #skeleton} consonants, for telling a romanisation
     * variant (the same syllables, vowels written otherwise) from another name on the same consonants. One char
     * per slot: '.' for none, else the class of the slot's first vowel: 'a', 'e', 'i' (also y), 'u' (o, u, w).
     * {@code vowelSlots("mohamed") = ".uae."}: before m, m-h, h-m, m-d, after d.
     */
    public static String vowelSlots(String t) {
        StringBuilder slots = new StringBuilder(t.length() + 1);
        walk(t, slots);
        return slots.toString();
    }

    /**
     * The one walk over a token's letters behind {@link #skeleton} and {@link #vowelSlots}: returns the skeleton
     * (consonants, kh/gh/th/dh/sh/zh as one, q/c as k, z as s, v as f, p as b, a repeated one once; an initial
     * vowel as a, an initial y or w as itself) and, when {@code slots} is not null, appends to it the class of the
     * first vowel of each slot before, between and after the skeleton's letters.
     */
    private static String walk(String t, StringBuilder slots) {
        StringBuilder b = new StringBuilder(t.length());
        char slot = '.';
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (isVowel(c) || c == 'y' || c == 'w') {
                boolean consonant = i == 0 && (c == 'y' || c == 'w'); // an initial y / w is a consonant
                if (!consonant && slot == '.') {
                    slot = switch (c) {
                        case 'a' -> 'a';
                        case 'e' -> 'e';
                        case 'i', 'y' -> 'i';
                        default -> 'u';
                    };
                }
                if (i == 0) {
                    b.append(consonant ? c : 'a'); // the skeleton writes an initial vowel as the consonant a
                    slot = endSlot(slots, slot);
                }
                continue;
            }
            char next = i + 1 < n ? t.charAt(i + 1) : 0;
            if (next == 'h' && (c == 'k' || c == 'g' || c == 't' || c == 'd' || c == 's' || c == 'z')) {
                i++; // kh, gh, th, dh, sh, zh: one sound
            }
            char mapped = switch (c) {
                case 'q', 'c' -> 'k';
                case 'z' -> 's';
                case 'v' -> 'f';
                case 'p' -> 'b';
                default -> c;
            };
            if (b.length() == 0 || b.charAt(b.length() - 1) != mapped) {
                b.append(mapped);
                slot = endSlot(slots, slot);
            }
        }
        endSlot(slots, slot);
        return b.toString();
    }

    /** Appends {@code slot} to {@code slots} (when given) and returns the empty slot that follows. */
    private static char endSlot(StringBuilder slots, char slot) {
        if (slots != null) {
            slots.append(slot);
        }
        return '.';
    }

    /**
     * Whether two tokens with the same {@link #skeleton} have compatible {@link #vowelSlots}: vowels in the same
     * slots, of one class (o/u: Omar / Umar) or one of them an e, the vowel romanisations write for any short
     * vowel (Ahmed / Ahmad, Ebrahim / Ibrahim, Yousef / Yusuf); a final e may be silent (Poutine / Putin). Garcia / Grace (vowels in other slots), Carol /
     * Karl (a vowel dropped), Romero / Rumuri (o/u against e/i) and Katarina / KAWTHARANI (i/a) are other names.
     */
    public static boolean compatibleVowels(String a, String b) {
        return compatibleVowelSlots(vowelSlots(a), vowelSlots(b));
    }

    /** {@link #compatibleVowels} on {@link #vowelSlots} already computed. */
    public static boolean compatibleVowelSlots(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int last = x.length() - 1;
        for (int i = 0; i <= last; i++) {
            char p = x.charAt(i);
            char q = y.charAt(i);
            if (p == q || i == last && (p == 'e' || q == 'e')) {
                continue; // a silent final e: Poutine / Putin
            }
            if (p == '.' || q == '.') {
                return false;
            }
            if (p != 'e' && q != 'e') {
                return false;
            }
        }
        return true;
    }

    /**
     * A loose consonant key for tokens romanised by machine from another script ({@link Transliteration}), whose
     * vowels, voicing and r/l are one transcription among many: vowels (also a leading one: Arabic ayn is dropped
     * by ICU, so "ly" is Ali), y, w and the h of digraphs left out; b/p/f/v, g/k/q/c, d/t, s/z, r/l merged; x read
     * ks; runs collapsed. {@code loose("mhmwd") = loose("mahmoud") = "mhmt"}, {@code loose("beulladimileu") =
     * loose("vladimir") = "bltml"}. With {@code wAsV} a w is the consonant v (Hebrew and Persian vav: "dwd" =
     * David) instead of a vowel.
     */
    public static String loose(String t, boolean wAsV) {
        StringBuilder b = new StringBuilder(t.length());
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char next = i + 1 < n ? t.charAt(i + 1) : 0;
            char mapped;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y' -> mapped = 0;
                case 'w' -> mapped = wAsV ? 'b' : 0;
                case 'b', 'p', 'f', 'v' -> mapped = 'b';
                case 'g', 'k', 'q', 'c' -> mapped = 'k';
                case 'd', 't' -> mapped = 't';
                case 's', 'z' -> mapped = 's';
                case 'r', 'l' -> mapped = 'l';
                case 'x' -> {
                    append(b, 'k');
                    mapped = 's';
                }
                default -> mapped = c;
            }
            if (next == 'h' && "kgtdszcp".indexOf(c) >= 0) {
                i++; // kh, gh, th, dh, sh, zh, ch, ph: one sound
            }
            if (mapped != 0) {
                append(b, mapped);
            }
        }
        return b.toString();
    }

    private static void append(StringBuilder b, char c) {
        if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
            b.append(c);
        }
    }
}
