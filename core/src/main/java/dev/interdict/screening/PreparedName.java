package dev.interdict.screening;

import dev.interdict.text.NameToken;
import dev.interdict.text.NormalizedName;
import java.util.List;

/** A normalised name laid out in arrays for fast scoring, with each token's weight. Immutable. */
final class PreparedName {
    final NormalizedName normalized;
    final String[] text;
    final String[] phonetic;
    final String[] skeleton;
    /** Whether a token is a known name or diminutive ({@link dev.interdict.text.Nicknames}). */
    final boolean[] nickname;
    final boolean[] isName;
    final double[] weight;
    final int nameCount;
    /** All name tokens joined without spaces, for the fused whole-name check. */
    final String joined;
    /** Role of each token when known from a "SURNAMES, Given" list name: one of the ROLE_ constants. */
    final byte[] role;
    /** Whether a token is a particle (de, al, bin, van). */
    private final boolean[] particle;
    /** Whether any token is a particle. */
    final boolean anyParticle;
    /** {@link TokenWeights#populationWeight} of each name token (1.0 for other tokens). */
    final double[] populationWeight;
    /**
     * The Spanish phonetic key of a token written with English-style long vowels (ee, oo, ou: Saeed, Mahmood) read
     * short ({@link NameScorer#shortVowels}); null for tokens without them.
     */
    final String[] shortVowelKey;
    /** {@link dev.interdict.text.Phonetics#vowelSlots} of each token, for skeleton matches. */
    private final String[] vowelSlots;
    /** Whether a token continues the written word before it ({@link NameToken#joined()}: Il-Nam, Husam-al-Din). */
    final boolean[] joinedToPrevious;
    /** Whether a token was romanised from a non-Latin script ({@link NameToken#transliterated()}). */
    final boolean[] translit;
    /** True when any name token was romanised; only then are {@link #loose} and {@link #looseV} filled. */
    final boolean anyTranslit;
    /** {@link dev.interdict.text.Phonetics#loose} keys of transliterated tokens (w as a vowel / as v), else null. */
    final String[] loose;
    final String[] looseV;
    /**
     * The name was written in Han, Hangul or Kana: ICU's romanisation is full (pinyin, Revised Romanisation) and
     * its syllables too short for loose per-token keys (tuning-half false positives), so the loose rule is off.
     */
    final boolean cjk;
    /** First and last letter, length and hash code of each token, for fused spellings ({@link ScoreBound}). */
    final char[] first;
    final char[] last;
    final int[] length;
    final int[] textHash;
    /** Hash code of {@link #joined}. */
    final int joinedHash;
    /** What {@link ScoreBound} compares of each token, packed ({@link ScoreBound#signature}). */
    final long[] signature;
    /** Which fused spellings this name may take part in ({@link ScoreBound#fusionMasks}). */
    final long[] fusionMasks;
    /** The shapes of the tokens and of the runs of tokens, for fused spellings ({@link ScoreBound#shape}). */
    final long[] shapes;
    final long[] runShapes;

    static final byte ROLE_UNKNOWN = 0;
    static final byte ROLE_FIRST_GIVEN = 1;
    static final byte ROLE_OTHER_GIVEN = 2;
    static final byte ROLE_FIRST_SURNAME = 3;
    static final byte ROLE_OTHER_SURNAME = 4;

    PreparedName(NormalizedName normalized, TokenWeights weights) {
        this.normalized = normalized;
        List<NameToken> tokens = normalized.tokens();
        int n = tokens.size();
        text = new String[n];
        phonetic = new String[n];
        skeleton = new String[n];
        nickname = new boolean[n];
        isName = new boolean[n];
        weight = new double[n];
        int names = 0;
        StringBuilder j = new StringBuilder();
        for (int i = 0; i < n; i++) {
            NameToken t = tokens.get(i);
            text[i] = t.text();
            phonetic[i] = t.phonetic();
            skeleton[i] = t.skeleton();
            nickname[i] = !dev.interdict.text.Nicknames.canonical(t.text()).isEmpty();
            isName[i] = t.isName();
            if (isName[i]) {
                names++;
                weight[i] = t.isInitial() ? 0.5 : weights.weight(t.text());
                j.append(t.text());
            }
        }
        nameCount = names;
        joined = j.toString();
        particle = new boolean[n];
        boolean anyP = false;
        for (int i = 0; i < n; i++) {
            particle[i] = tokens.get(i).kind() == dev.interdict.text.TokenKind.PARTICLE;
            anyP |= particle[i];
        }
        anyParticle = anyP;
        populationWeight = new double[n];
        shortVowelKey = new String[n];
        vowelSlots = new String[n];
        for (int i = 0; i < n; i++) {
            vowelSlots[i] = dev.interdict.text.Phonetics.vowelSlots(text[i]);
            populationWeight[i] = isName[i] ? TokenWeights.populationWeight(text[i]) : 1.0;
            String t = text[i];
            if (t.contains("ee") || t.contains("oo") || t.contains("ou")) {
                shortVowelKey[i] = dev.interdict.text.Phonetics.spanish(NameScorer.shortVowels(t));
            }
        }
        joinedToPrevious = new boolean[n];
        for (int i = 0; i < n; i++) {
            // Abdul is never a name alone: Abdul Wali, Abd al-Rahman are one given name, however written
            joinedToPrevious[i] = tokens.get(i).joined() || i > 0 && isName[i] && text[i - 1].equals("abd");
        }
        joinedHash = joined.hashCode();
        first = new char[n];
        last = new char[n];
        length = new int[n];
        textHash = new int[n];
        for (int i = 0; i < n; i++) {
            length[i] = text[i].length();
            first[i] = length[i] == 0 ? 0 : text[i].charAt(0);
            last[i] = length[i] == 0 ? 0 : text[i].charAt(length[i] - 1);
            textHash[i] = text[i].hashCode();
        }
        translit = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            translit[i] = isName[i] && tokens.get(i).transliterated();
            any |= translit[i];
        }
        anyTranslit = any;
        if (any) {
            loose = new String[n];
            looseV = new String[n];
            for (int i = 0; i < n; i++) {
                if (translit[i]) {
                    loose[i] = dev.interdict.text.Phonetics.loose(text[i], false);
                    looseV[i] = dev.interdict.text.Phonetics.loose(text[i], true);
                }
            }
            cjk = hasCjk(normalized.original());
        } else {
            loose = null;
            looseV = null;
            cjk = false;
        }
        role = new byte[n];
        int ss = normalized.surnameStart();
        if (ss > 0) {
            boolean firstGiven = true;
            boolean firstSurname = true;
            for (int i = 0; i < n; i++) {
                if (!isName[i]) {
                    continue;
                }
                if (i < ss) {
                    role[i] = firstGiven ? ROLE_FIRST_GIVEN : ROLE_OTHER_GIVEN;
                    firstGiven = false;
                } else {
                    role[i] = firstSurname ? ROLE_FIRST_SURNAME : ROLE_OTHER_SURNAME;
                    firstSurname = false;
                }
            }
        }
        signature = new long[n];
        shapes = new long[n];
        for (int i = 0; i < n; i++) {
            signature[i] = ScoreBound.signature(this, i);
            shapes[i] = ScoreBound.shape(this, i);
        }
        fusionMasks = ScoreBound.fusionMasks(this);
        runShapes = ScoreBound.runShapes(this);
    }

    private static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x1100) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HANGUL
                        || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code i} is a particle (de, al, bin, van). */
    boolean isParticle(int i) {
        return particle[i];
    }

    /** {@link dev.interdict.text.Phonetics#vowelSlots} of token {@code i}. */
    String vowelSlots(int i) {
        return vowelSlots[i];
    }

    int size() {
        return text.length;
    }
}
