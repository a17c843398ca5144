package dev.interdict.text;

import java.util.Set;

/**
 * Small words that name parts carry or drop freely: Spanish and Portuguese (de, del, de la, y, da, dos),
 * Dutch and German (van, der, von), French (le, du), Arabic (al, el, bin, ibn, bint), English stopwords of
 * organisation names (the, of, and), and the forms of address that open a name (Mr, Dr, Lic., Presidente). They
 * are kept for the explanation but not weighed.
 */
public final class Particles {

    private static final Set<String> PARTICLES = Set.of(
            "de", "del", "la", "las", "los", "lo", "y", "e", "da", "das", "do", "dos", "di", "du", "des",
            "van", "der", "den", "ter", "ten", "von", "zu", "le", "al", "el", "ul", "bin", "ben", "ibn", "bint",
            "binti", "bte", "bt", "ould", "walad", "st", "san", "santa", "mc");

    private static final Set<String> STOPWORDS = Set.of(
            "the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "und", "et", "por", "para", "en");

    /**
     * Forms of address and civil titles that open a name ("Mr John Smith", "Lic. Juan Pérez", "Presidente Vladimir
     * Putin"). Religious titles (Sheikh, Mullah, Haji) and short ones that are also given names (Hon, Ing) are not
     * here.
     */
    private static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "miss", "mister", "messrs", "mx", "dr", "doctor", "prof", "professor", "sir", "dame",
            "madam", "madame", "mme", "mlle", "herr", "frau", "sr", "sra", "srta", "senor", "senora", "senorita",
            "lic", "licenciado", "licenciada", "ingeniero", "ingeniera", "rev", "reverend",
            "president", "presidente", "prasident", "praesident", "prezident", "prezydent", "predsjednik",
            "presedintele", "presiden", "general", "colonel", "captain");

    /** Generational suffixes and post-nominals that close a name ("John Smith Jr.", "Juan Pérez III"). */
    private static final Set<String> SUFFIXES = Set.of("jr", "jnr", "sr", "snr", "ii", "iii", "iv", "phd", "esq");

    private Particles() {
    }

    /** Whether {@code folded} is a generational suffix or post-nominal ({@code jr}, {@code iii}, {@code phd}). */
    public static boolean isSuffix(String folded) {
        return SUFFIXES.contains(folded);
    }

    /** Whether {@code folded} is a form of address or civil title ({@code mr}, {@code dr}, {@code presidente}). */
    public static boolean isHonorific(String folded) {
        return HONORIFICS.contains(folded);
    }

    public static boolean isParticle(String folded) {
        return PARTICLES.contains(folded);
    }

    public static boolean isStopword(String folded) {
        return STOPWORDS.contains(folded);
    }
}
