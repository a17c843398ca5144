package dev.interdict.text;

import java.util.Set;

/**
 * Small words that name parts carry or drop freely: Spanish and Portuguese (de, del, de la, y, da, dos),
 * Dutch and German (van, der, von), French (le, du), Arabic (al, el, bin, ibn, bint), and English stopwords of
 * organisation names (the, of, and). They are kept for the explanation but not weighed.
 */
public final class Particles {

    private static final Set<String> PARTICLES = Set.of(
            "de", "del", "la", "las", "los", "lo", "y", "e", "da", "das", "do", "dos", "di", "du", "des",
            "van", "der", "den", "ter", "ten", "von", "zu", "le", "al", "el", "ul", "bin", "ben", "ibn", "bint",
            "binti", "bte", "bt", "ould", "walad", "st", "san", "santa", "mc");

    private static final Set<String> STOPWORDS = Set.of(
            "the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "und", "et", "por", "para", "en");

    private Particles() {
    }

    public static boolean isParticle(String folded) {
        return PARTICLES.contains(folded);
    }

    public static boolean isStopword(String folded) {
        return STOPWORDS.contains(folded);
    }
}
