package dev.interdict.screening;

import dev.interdict.screening.Explanation.How;
import dev.interdict.screening.Explanation.TokenMatch;
import dev.interdict.text.Nicknames;
import dev.interdict.text.Phonetics;
import dev.interdict.text.StringDistance;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a query name against a list name by aligning their tokens.
 *
 * <p>Each query token is paired with at most one list token, best pairs first ({@link #similarity}). A pair adds
 * its similarity times both tokens' weights; a token left over adds only to the denominator:
 * <ul>
 *   <li>when both names have tokens left over, they disagree (a different given name): full weight
 *       ({@link How#CONFLICT});</li>
 *   <li>when only the list name has tokens left, the query is a shorter form (a dropped second surname or middle
 *       name): {@link #MISSING_FACTOR} of their weight;</li>
 *   <li>when only the query has tokens left, it carries an extra name part: {@link #EXTRA_FACTOR}, or
 *       {@link #EXTRA_MIDDLE_FACTOR} for a middle name the list does not record ("Joaquin Archivaldo Guzman
 *       Loera" for GUZMAN LOERA, Joaquin; see {@code middleName}).</li>
 * </ul>
 * A name of two or more tokens matched on a single token is capped at {@link #SINGLE_TOKEN_CAP}: a surname alone
 * is never a match. Particles and legal forms are not weighed, but take part in fused-token checks
 * (ABDULRAHMAN = ABD AL RAHMAN, BINLADEN = BIN LADEN).
 */
final class NameScorer {

    static final double MISSING_FACTOR = 0.25;
    /** A list name's first (paternal) surname that the query lacks: the query names someone else's relative. */
    static final double MISSING_FIRST_SURNAME_FACTOR = 1.0;
    /** A list name's first given name that the query lacks (people do go by a middle name). */
    static final double MISSING_FIRST_GIVEN_FACTOR = 0.5;
    static final double EXTRA_FACTOR = 1.0;
    /** An extra query name part that reads as a middle name the list leaves out ({@code middleName}). */
    static final double EXTRA_MIDDLE_FACTOR = 0.6;
    static final double SINGLE_TOKEN_CAP = 0.72;

    static final double SIM_PHONETIC = 0.95;
    static final double SIM_NICKNAME = 0.93;
    static final double SIM_SKELETON = 0.9;
    static final double SIM_INITIAL = 0.75;
    static final double SIM_INITIAL_GIVEN = 0.8;
    static final double SIM_FUSED = 0.95;
    static final double SIM_SHORT_EDIT = 0.8;
    static final double SIM_TWO_EDITS = 0.8;
    static final int MIN_PHONETIC_EDIT_LENGTH = 6;
    /** A romanised query token one edit from a list token in {@link Phonetics#loose} keys. */
    static final double SIM_ROMANISED_EDIT = 0.86;
    /** A romanised query token whose {@link Phonetics#loose} key equals a list token's. */
    static final double SIM_ROMANISED = 0.93;
    /**
     * A match using romanised tokens needs this many loose-key consonants over them in all (short keys such as
     * "hsn" or "ksl" are shared by too many names: Ehsan Hamidi / AHMAD, Hasan), unless both names are one
     * token. Set on the tuning half of the negatives.
     */
    static final int MIN_ROMANISED_EVIDENCE = 8;

    private NameScorer() {
    }

    /** Similarity of two tokens, 0 when they do not correspond; {@code how[0]} receives the kind. */
    static double similarity(PreparedName q, int i, PreparedName c, int j, How[] how) {
        String a = q.text[i];
        String b = c.text[j];
        if (a.equals(b)) {
            how[0] = How.EXACT;
            return 1.0;
        }
        if (q.cjk && q.translit[i] || c.cjk && c.translit[j]) {
            // a syllable read from Han, Hangul or Kana is a whole name element (one character): another spelling
            // of it is another name (Sang / Song, Jeong-hun / Jong Un), not a typo
            return 0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 1 || lb == 1) {
            if (la == 1 && isSurname(c.role[j]) || lb == 1 && isSurname(q.role[i])) {
                return 0; // an initial stands for a given name, never for a known surname
            }
            if (la == 1 && lb > 1 && initialOf(c, j, a.charAt(0)) || lb == 1 && la > 1 && initialOf(q, i, b.charAt(0))) {
                how[0] = How.INITIAL;
                // an initial for a known given name of a "SURNAMES, Given" list name is the expected abbreviation
                return la == 1 && givenLike(c, j) || lb == 1 && givenLike(q, i) ? SIM_INITIAL_GIVEN : SIM_INITIAL;
            }
            return 0;
        }
        if (a.charAt(0) == b.charAt(0) && genderPair(a, b)) {
            return 0; // Antonio / Antonia, Joaquin / Joaquina: two people
        }
        if (q.phonetic[i].equals(c.phonetic[j])) {
            how[0] = How.PHONETIC;
            return SIM_PHONETIC;
        }
        if (q.nickname[i] && c.nickname[j] && Nicknames.related(a, b)) {
            how[0] = How.NICKNAME;
            return SIM_NICKNAME;
        }
        String sa = q.skeleton[i];
        if (sa.length() >= 3 && la >= 4 && lb >= 4 && sa.equals(c.skeleton[j]) && sameFirstVowel(a, b)
                && Phonetics.compatibleVowelSlots(q.vowelSlots(i), c.vowelSlots(j))) {
            how[0] = How.PHONETIC;
            return SIM_SKELETON;
        }
        if (q.shortVowelKey[i] != null || c.shortVowelKey[j] != null) {
            // English-style long vowels of romanised Arabic and Persian: Saeed = Said, Mahmood = Mahmud
            String x = q.shortVowelKey[i] != null ? q.shortVowelKey[i] : q.phonetic[i];
            String y = c.shortVowelKey[j] != null ? c.shortVowelKey[j] : c.phonetic[j];
            if (x.equals(y)) {
                how[0] = How.PHONETIC;
                return SIM_PHONETIC;
            }
        }
        if (q.translit[i] && !q.cjk && !c.translit[j]) {
            double t = romanisedSimilarity(q.loose[i], q.looseV[i], a, b, q.nameCount == 1 && c.nameCount == 1);
            if (t > 0) {
                how[0] = How.ROMANISED;
                return t;
            }
        }
        if (a.equals(ABD) || b.equals(ABD)) {
            // the normaliser writes Abdul / Abdel / Abd al as "abd", so a typo in it ("Abduk", "Adbul") meets a
            // three-letter token: compare it with the written forms instead
            double t = abdTypo(a.equals(ABD) ? b : a);
            if (t > 0) {
                how[0] = How.SIMILAR;
                return t;
            }
        }
        int min = Math.min(la, lb);
        if (min < 3 || a.charAt(0) != b.charAt(0)) {
            return 0; // typos rarely hit the first letter; different first letters are different names
        }
        if (min == 3) {
            // Diaz / Daz, Cruz / Cuz: one letter dropped from a four-letter name
            if (Math.max(la, lb) == 4 && StringDistance.osa(a, b, 1) <= 1) {
                how[0] = How.SIMILAR;
                return SIM_SHORT_EDIT;
            }
            return 0;
        }
        int maxEdits = min >= 8 ? 2 : 1;
        int d = StringDistance.osa(a, b, maxEdits);
        if (d <= maxEdits) {
            how[0] = How.SIMILAR;
            return d == 1 ? (min >= 5 ? 0.9 : 0.85) : SIM_TWO_EDITS;
        }
        d = StringDistance.osa(q.phonetic[i], c.phonetic[j], maxEdits);
        if (d <= maxEdits && Math.min(q.phonetic[i].length(), c.phonetic[j].length()) >= MIN_PHONETIC_EDIT_LENGTH) {
            how[0] = How.SIMILAR;
            return d <= 1 ? 0.86 : SIM_TWO_EDITS; // two edits count no more than two edits in the letters
        }
        return 0;
    }

    /** The normalised form of the Arabic element Abdul / Abdel / Abd al ({@code NameNormalizer}). */
    private static final String ABD = "abd";
    private static final String[] ABD_FORMS = {"abdul", "abdel", "abdal", "abdol"};

    /**
     * {@link #SIM_SHORT_EDIT}-style similarity of a token of 4-6 letters one edit from a written form of "abd"
     * (Abduk, Adbul, Abudl, Abddul: 0.9; Adul: 0.85), else 0.
     */
    static double abdTypo(String t) {
        int n = t.length();
        if (n < 4 || n > 6 || t.charAt(0) != 'a') {
            return 0;
        }
        for (String f : ABD_FORMS) {
            if (StringDistance.osa(t, f, 1) <= 1) {
                return n >= 5 ? 0.9 : 0.85;
            }
        }
        return 0;
    }

    /** ee as i, oo and ou as u: the English spelling of a long vowel in a romanised name. */
    static String shortVowels(String t) {
        return t.replace("ee", "i").replace("oo", "u").replace("ou", "u");
    }

    /**
     * A query token romanised by machine from another script against a Latin list token: the romanisation's
     * vowels, voicing and first letter are uncertain (ICU writes Arabic unvowelled, Persian vav as w), so the
     * tokens correspond when their {@link Phonetics#loose} keys of 3+ letters are equal ({@link #SIM_ROMANISED};
     * 2 letters between one-token names: "msh" = Moshe), or, for keys of 5+ letters, one edit apart
     * ({@link #SIM_ROMANISED_EDIT}). Shorter keys are shared by too many names (tuning half of the negatives).
     * Not used for Han, Hangul and Kana, whose syllables give keys too short to tell names apart.
     */
    static double romanisedSimilarity(String qLoose, String qLooseV, String a, String b, boolean single) {
        String lb = Phonetics.loose(b, false);
        String lbv = b.indexOf('w') >= 0 ? Phonetics.loose(b, true) : lb;
        for (String x : qLoose.equals(qLooseV) ? new String[] {qLoose} : new String[] {qLoose, qLooseV}) {
            for (String y : lb.equals(lbv) ? new String[] {lb} : new String[] {lb, lbv}) {
                if (x.equals(y) && (x.length() >= 3 || single && x.length() == 2)) {
                    return SIM_ROMANISED;
                }
            }
        }
        for (String x : qLoose.equals(qLooseV) ? new String[] {qLoose} : new String[] {qLoose, qLooseV}) {
            for (String y : lb.equals(lbv) ? new String[] {lb} : new String[] {lb, lbv}) {
                if (Math.min(x.length(), y.length()) >= 5 && StringDistance.osa(x, y, 1) <= 1) {
                    return SIM_ROMANISED_EDIT;
                }
            }
        }
        return 0;
    }

    /** The result of one alignment: the score and, when asked for, the token matches. */
    record Result(double score, int aligned, List<TokenMatch> tokens) {
    }

    static Result score(PreparedName q, PreparedName c, boolean explain) {
        int nq = q.size();
        int nc = c.size();
        if (q.nameCount == 0 || c.nameCount == 0) {
            return new Result(0, 0, List.of());
        }
        // whole name written with other spacing: BINLADEN USAMA vs BIN LADEN, Usama is handled per token;
        // this catches AL QAIDA vs ALQAIDA when the particle was not weighed
        int[] qTo = new int[nq];
        int[] cTo = new int[nc];
        java.util.Arrays.fill(qTo, -1);
        java.util.Arrays.fill(cTo, -1);
        double[] qSim = new double[nq];
        How[] qHow = new How[nq];
        How[] cHow = new How[nc];
        // pairs
        int pairs = 0;
        long[] cand = new long[Math.max(1, q.nameCount * c.nameCount)];
        double[] candSim = new double[cand.length];
        How[] candHow = new How[cand.length];
        How[] h = new How[1];
        for (int i = 0; i < nq; i++) {
            if (!q.isName[i]) {
                continue;
            }
            for (int j = 0; j < nc; j++) {
                if (!c.isName[j]) {
                    continue;
                }
                double s = similarity(q, i, c, j, h);
                if (s > 0) {
                    cand[pairs] = ((long) i << 32) | j;
                    candSim[pairs] = s;
                    candHow[pairs] = h[0];
                    pairs++;
                }
            }
        }
        // greedy: best similarity first, ties by heavier tokens, then position
        boolean[] used = new boolean[pairs];
        while (true) {
            int best = -1;
            double bestKey = 0;
            for (int p = 0; p < pairs; p++) {
                if (used[p]) {
                    continue;
                }
                int i = (int) (cand[p] >>> 32);
                int j = (int) cand[p];
                if (qTo[i] >= 0 || cTo[j] >= 0) {
                    used[p] = true;
                    continue;
                }
                double key = candSim[p] * 10 + (q.weight[i] + c.weight[j]) * 0.01;
                if (key > bestKey) {
                    bestKey = key;
                    best = p;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            int i = (int) (cand[best] >>> 32);
            int j = (int) cand[best];
            qTo[i] = j;
            cTo[j] = i;
            qSim[i] = candSim[best];
            qHow[i] = candHow[best];
            cHow[j] = candHow[best];
        }
        // fused tokens: an unaligned token equal to two adjacent tokens of the other side
        double fusedNum = 0;
        double fusedDen = 0;
        List<TokenMatch> fusedMatches = explain ? new ArrayList<>() : null;
        double[] fused = new double[2];
        fuse(q, qTo, qHow, c, cTo, cHow, true, fused, fusedMatches);
        fuse(c, cTo, cHow, q, qTo, qHow, false, fused, fusedMatches);
        fusedNum = fused[0];
        fusedDen = fused[1];
        particleAsName(q, qTo, qHow, c, cTo, cHow, qSim);
        // a list given name written as one word (Il-Nam, Husam-al-Din, Abdulali) that the query gives as an
        // initial: the initial stands for the whole word, so its other parts are not missing
        boolean[] covered = null;
        for (int j = 1; j < nc; j++) {
            if (c.joinedToPrevious[j] && c.isName[j] && cTo[j] < 0) {
                int head = j;
                while (head > 0 && c.joinedToPrevious[head]) {
                    head--;
                }
                while (head < j && !c.isName[head]) {
                    head++; // al-Rahman: the particle is written with the name it belongs to
                }
                if (cTo[head] >= 0 && cHow[head] == How.INITIAL) {
                    if (covered == null) {
                        covered = new boolean[nc];
                    }
                    covered[j] = true;
                }
            }
        }
        // sums
        boolean qLeft = false;
        boolean cLeft = false;
        for (int i = 0; i < nq; i++) {
            qLeft |= q.isName[i] && qTo[i] < 0;
        }
        for (int j = 0; j < nc; j++) {
            cLeft |= c.isName[j] && cTo[j] < 0 && (covered == null || !covered[j]);
        }
        boolean conflict = qLeft && cLeft;
        double num = fusedNum;
        double den = fusedDen;
        int aligned = 0;
        int strong = 0;
        List<TokenMatch> out = explain ? new ArrayList<>() : null;
        for (int i = 0; i < nq; i++) {
            if (!q.isName[i] && (qTo[i] < 0 || qHow[i] == How.FUSED)) {
                if (explain && qTo[i] < 0) {
                    out.add(new TokenMatch(q.text[i], null, How.IGNORED, 0, 0));
                }
                continue;
            }
            int j = qTo[i];
            if (j >= 0 && qHow[i] != How.FUSED) {
                double w = q.weight[i] + c.weight[j];
                num += qSim[i] * w;
                den += w;
                aligned++;
                if (qSim[i] >= SIM_SKELETON || qHow[i] == How.ROMANISED) {
                    strong++;
                }
                if (explain) {
                    out.add(new TokenMatch(q.text[i], c.text[j], qHow[i], qSim[i], (q.weight[i] + c.weight[j]) / 2));
                }
            } else if (j >= 0) {
                aligned++;
                strong++;
            } else {
                double f = conflict ? 1.0 : middleName(q, c, qTo, i) ? EXTRA_MIDDLE_FACTOR : EXTRA_FACTOR;
                den += q.weight[i] * f;
                if (explain) {
                    out.add(new TokenMatch(q.text[i], null, conflict ? How.CONFLICT : How.EXTRA_IN_QUERY, 0,
                            q.weight[i] * f));
                }
            }
        }
        if (explain) {
            out.addAll(fusedMatches);
        }
        double missingScale = conflict || !cLeft ? 1.0 : commonNameScale(q, qTo);
        for (int j = 0; j < nc; j++) {
            if (!c.isName[j] || cTo[j] >= 0) {
                continue;
            }
            if (covered != null && covered[j]) {
                if (explain) {
                    out.add(new TokenMatch(null, c.text[j], How.IGNORED, 0, 0));
                }
                continue;
            }
            double f = conflict ? 1.0 : missingFactor(c.role[j]);
            f = Math.min(1.0, f * missingScale); // see commonNameScale
            den += c.weight[j] * f;
            if (explain) {
                out.add(new TokenMatch(null, c.text[j], conflict ? How.CONFLICT : How.MISSING_IN_QUERY, 0,
                        c.weight[j] * f));
            }
        }
        if (explain) {
            for (int j = 0; j < nc; j++) {
                if (!c.isName[j] && cTo[j] < 0) {
                    out.add(new TokenMatch(null, c.text[j], How.IGNORED, 0, 0));
                }
            }
        }
        double score = den == 0 ? 0 : num / den;
        if (q.anyTranslit && (q.nameCount > 1 || c.nameCount > 1)) {
            // loose consonants of the aligned romanised tokens, when one of them needed the loose rule
            int romanised = 0;
            boolean loose = false;
            for (int i = 0; i < nq; i++) {
                if (q.translit[i] && qTo[i] >= 0 && qHow[i] != How.FUSED) {
                    romanised += q.loose[i].length();
                    loose |= qHow[i] == How.ROMANISED;
                }
            }
            if (loose && romanised < MIN_ROMANISED_EVIDENCE) {
                score = Math.min(score, SINGLE_TOKEN_CAP);
            }
        }
        if (q.cjk && syllablesOutOfOrder(q, qTo, qHow)) {
            score = Math.min(score, SINGLE_TOKEN_CAP);
        }
        if (strong == 0) {
            score = Math.min(score, SINGLE_TOKEN_CAP);
        }
        if (aligned == 1 && (q.nameCount >= 2 || c.nameCount >= 2) && fusedDen == 0) {
            score = Math.min(score, SINGLE_TOKEN_CAP);
        }
        // the same letters with other spacing ("ALQAIDA" / "AL QAIDA", "BINLADEN")
        if (score < 1 && q.joined.length() >= 6 && q.joined.equals(c.joined)) {
            score = Math.max(score, SIM_FUSED);
        }
        return new Result(score, aligned, out);
    }

    /**
     * Whether query token {@code i}, which the list name lacks, reads as a middle name the list leaves out: a whole
     * written word (not a syllable of a Korean or Chinese name, not part of a hyphenated or fused word) after an
     * aligned name part, and either before another aligned part ("Joaquin Archivaldo Guzman Loera") or right after
     * the part aligned with one of the list name's given names ("Guzman Loera Joaquin Archivaldo").
     */
    private static boolean middleName(PreparedName q, PreparedName c, int[] qTo, int i) {
        if (!wholeWord(q, i)) {
            return false;
        }
        int aligned = 0;
        boolean before = false;
        for (int k = 0; k < qTo.length; k++) {
            if (q.isName[k] && qTo[k] >= 0) {
                aligned++;
                before |= k < i;
                if (k > i && before) {
                    return true;
                }
            }
        }
        int prev = i - 1;
        while (prev >= 0 && !q.isName[prev]) {
            prev--;
        }
        return aligned >= 2 && prev >= 0 && qTo[prev] >= 0 && isGiven(c.role[qTo[prev]]);
    }

    /** Whether token {@code i} is a written word of its own: not romanised, not part of a hyphenated or fused word. */
    static boolean wholeWord(PreparedName q, int i) {
        return !q.translit[i] && !q.joinedToPrevious[i] && !(i + 1 < q.size() && q.joinedToPrevious[i + 1]);
    }

    /**
     * Whether two syllables of one Korean or Chinese word (a given name: 은정, Eun-jeong) met list tokens in the other
     * order (Jong Un): the syllables of such a name keep their order, so that is another name.
     */
    private static boolean syllablesOutOfOrder(PreparedName q, int[] qTo, How[] qHow) {
        for (int i = 1; i < qTo.length; i++) {
            if (q.joinedToPrevious[i] && q.translit[i] && q.translit[i - 1] && qTo[i] >= 0 && qTo[i - 1] >= 0
                    && qHow[i] != How.FUSED && qHow[i - 1] != How.FUSED && qTo[i] < qTo[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * How much more the list name's missing parts count when the query matched only names common in the general
     * population: 1 / the mean {@link TokenWeights#populationWeight} of the aligned query tokens (1.0 for rare
     * names, up to 1 / 0.3). "José Luis Cabrera" is a name thousands of people bear, so it is weak evidence for
     * CABRERA SARABIA, Jose Luis; "Ovidio Guzman" is not. Set on the tuning half: it gives up some
     * first-surname-only variants with common names (Miguel Rodriguez for RODRIGUEZ OLIVERA, Miguel) to drop
     * alerts of the same shape on the negatives.
     */
    static double commonNameScale(PreparedName q, int[] qTo) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < q.size(); i++) {
            if (q.isName[i] && qTo[i] >= 0) {
                sum += q.populationWeight[i];
                n++;
            }
        }
        return n == 0 ? 1.0 : n / sum;
    }

    /**
     * One word read as a particle on one side and as a name on the other (the normaliser reads a particle at the
     * end of a name, or making up the given names, as a name: SOFIANE BEN GOUMO / Goumo Sofiane Ben, XU, Bin /
     * Bin Xu), or a particle spelt another way (Vin Marwan / BIN MARWAN, Ba Daz / BA DAS): an unaligned name token
     * and an unaligned particle with the same {@link dev.interdict.text.Phonetics#spanish} key are aligned. Only
     * the name side weighs.
     */
    private static void particleAsName(PreparedName q, int[] qTo, How[] qHow, PreparedName c, int[] cTo,
            How[] cHow, double[] qSim) {
        if (!q.anyParticle && !c.anyParticle) {
            return; // one side must be a particle
        }
        for (int i = 0; i < q.size(); i++) {
            if (qTo[i] >= 0 || !q.isName[i] && !q.isParticle(i)) {
                continue;
            }
            for (int j = 0; j < c.size(); j++) {
                if (cTo[j] >= 0 || q.isName[i] == c.isName[j] || !c.isName[j] && !c.isParticle(j)
                        || !q.phonetic[i].equals(c.phonetic[j])) {
                    continue;
                }
                qTo[i] = j;
                cTo[j] = i;
                boolean same = q.text[i].equals(c.text[j]);
                qHow[i] = same ? How.EXACT : How.PHONETIC;
                cHow[j] = qHow[i];
                qSim[i] = same ? 1.0 : SIM_PHONETIC;
                break;
            }
        }
    }

    /**
     * Whether {@code ch} is an initial of token {@code j}: its first letter, or the first letter of the particle
     * that starts the word it is written in (al-Rahman, Al-Din are one given name: "Abd A. Al-Faqih" for AL-FAQIH,
     * Abd al-Rahman; not inside Abd-al-Salam, whose initial is A for Abd).
     */
    private static boolean initialOf(PreparedName p, int j, char ch) {
        if (p.text[j].charAt(0) == ch) {
            return true;
        }
        return j > 0 && !p.isName[j - 1] && p.text[j - 1].length() <= 3 && p.text[j - 1].charAt(0) == ch
                && p.joinedToPrevious[j] && !p.joinedToPrevious[j - 1];
    }

    /**
     * A known given name of a "SURNAMES, Given" name, or, in a name written without a comma (given names first),
     * a name token before the last one.
     */
    private static boolean givenLike(PreparedName p, int j) {
        if (p.role[j] != PreparedName.ROLE_UNKNOWN) {
            return isGiven(p.role[j]);
        }
        for (int k = j + 1; k < p.size(); k++) {
            if (p.isName[k]) {
                return true;
            }
        }
        return false;
    }

    /** Share of an unaligned list token's weight that counts against the score when the names do not conflict. */
    static double missingFactor(byte role) {
        return switch (role) {
            case PreparedName.ROLE_FIRST_SURNAME -> MISSING_FIRST_SURNAME_FACTOR;
            case PreparedName.ROLE_FIRST_GIVEN -> MISSING_FIRST_GIVEN_FACTOR;
            default -> MISSING_FACTOR;
        };
    }

    private static boolean isGiven(byte role) {
        return role == PreparedName.ROLE_FIRST_GIVEN || role == PreparedName.ROLE_OTHER_GIVEN;
    }

    private static boolean isSurname(byte role) {
        return role == PreparedName.ROLE_FIRST_SURNAME || role == PreparedName.ROLE_OTHER_SURNAME;
    }

    /**
     * Spanish and Italian masculine / feminine given names: Antonio / Antonia, Joaquin / Joaquina. Only between
     * two names people bear ({@link TokenWeights#isAttested}): "Paol" / PAOLA, "Natash" / NATASHA, "Orteg" /
     * ORTEGA are a letter dropped at the end, not another person.
     */
    static boolean genderPair(String a, String b) {
        return genderShape(a, b) && TokenWeights.isAttested(a) && TokenWeights.isAttested(b);
    }

    private static boolean genderShape(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la < 4 || lb < 4) {
            return false;
        }
        if (la == lb) {
            char x = a.charAt(la - 1);
            char y = b.charAt(lb - 1);
            return (x == 'o' && y == 'a' || x == 'a' && y == 'o') && a.regionMatches(0, b, 0, la - 1);
        }
        if (la == lb + 1 && a.charAt(la - 1) == 'a' && a.startsWith(b) && !isVowelChar(b.charAt(lb - 1))) {
            return true;
        }
        return lb == la + 1 && b.charAt(lb - 1) == 'a' && b.startsWith(a) && !isVowelChar(a.charAt(la - 1));
    }

    private static boolean isVowelChar(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Romanisations vary o/u and e/i, rarely a/u: Mohammed = Muhammad, but Hassan is not Hussein. */
    static boolean sameFirstVowel(String a, String b) {
        return vowelClass(a) == vowelClass(b);
    }

    private static char vowelClass(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case 'a':
                    return 'a';
                case 'e', 'i':
                    return 'i';
                case 'o', 'u':
                    return 'u';
                default:
                    break;
            }
        }
        return 0;
    }

    /**
     * Aligns each unaligned token of {@code one} (four letters or more) with a run of two or three adjacent
     * unaligned tokens of {@code other} that spell it (ABDULRAHMAN = ABD AL RAHMAN, SALAHALDIN = SALAH AL DIN).
     * Adds the pairs to {@code acc} (numerator, denominator) and, when explaining, to {@code out}.
     */
    private static void fuse(PreparedName one, int[] oneTo, How[] oneHow, PreparedName other, int[] otherTo,
            How[] otherHow, boolean oneIsQuery, double[] acc, List<TokenMatch> out) {
        for (int i = 0; i < one.size(); i++) {
            if (!one.isName[i] || oneTo[i] >= 0 || one.text[i].length() < 4) {
                continue;
            }
            search:
            for (int len = 2; len <= 3; len++) {
                String whole = one.text[i];
                int slack = whole.length() >= 8 ? 1 : 0;
                for (int j = 0; j + len <= other.size(); j++) {
                    int total = 0;
                    for (int k = j; k < j + len; k++) {
                        total += other.text[k].length();
                    }
                    if (Math.abs(total - whole.length()) > slack) {
                        continue; // cannot spell it: skip without building the joined text
                    }
                    boolean forward = slack > 0 || whole.charAt(0) == other.text[j].charAt(0);
                    // two given names written as one, in either order (Yusufmohammad for Mohammad Yusuf); not the
                    // syllables of a Chinese given name (Fangwei is not Wei Fang)
                    boolean reversed = len == 2 && whole.charAt(0) == other.text[j + 1].charAt(0)
                            && other.isName[j] && other.isName[j + 1] && !one.cjk && !other.cjk;
                    if (!forward && !reversed) {
                        continue;
                    }
                    StringBuilder joined = new StringBuilder(total);
                    boolean hasName = false;
                    boolean free = true;
                    double w = 0;
                    for (int k = j; k < j + len && free; k++) {
                        free = otherTo[k] < 0 || !other.isName[k];
                        hasName |= other.isName[k];
                        w += other.isName[k] ? other.weight[k] : 0;
                        joined.append(other.text[k]);
                    }
                    if (!free || !hasName) {
                        continue;
                    }
                    if (!(forward && spells(whole, joined.toString()))
                            && !(reversed && spells(whole, other.text[j + 1] + other.text[j]))) {
                        continue;
                    }
                    oneTo[i] = j;
                    oneHow[i] = How.FUSED;
                    StringBuilder parts = new StringBuilder();
                    for (int k = j; k < j + len; k++) {
                        otherTo[k] = i;
                        otherHow[k] = How.FUSED;
                        parts.append(k > j ? " " : "").append(other.text[k]);
                    }
                    acc[0] += SIM_FUSED * (one.weight[i] + w);
                    acc[1] += one.weight[i] + w;
                    if (out != null) {
                        out.add(oneIsQuery
                                ? new TokenMatch(one.text[i], parts.toString(), How.FUSED, SIM_FUSED, one.weight[i])
                                : new TokenMatch(parts.toString(), one.text[i], How.FUSED, SIM_FUSED, one.weight[i]));
                    }
                    break search;
                }
            }
        }
    }

    static boolean spells(String whole, String joined) {
        if (whole.equals(joined)) {
            return true;
        }
        return whole.length() >= 8 && Math.abs(whole.length() - joined.length()) <= 1
                && StringDistance.osa(whole, joined, 1) <= 1;
    }
}
