package dev.interdict.screening;

/**
 * A true upper bound on {@link NameScorer#score}, cheap enough to take for every candidate before the alignment, so
 * that a candidate that cannot reach the lowest name score a screening can use is not aligned at all. Pruning with
 * it leaves every result unchanged.
 *
 * <p>Every name token of either name ends up covered (aligned with a token of the other name, or part of a fused
 * pair) or left over. A covered token adds at most its weight to the score's numerator (similarities are at most
 * 1) and exactly its weight to the denominator; a left-over token adds its weight times a factor to the
 * denominator only. A token that cannot correspond to any token of the other name ({@link #mayCorrespond}) and
 * cannot be part of a fused pair is certainly left over. So the score is at most {@code A / (A + U)}, where
 * {@code A} is the weight of the tokens that may be covered and {@code U} the least the certain left-overs add: at
 * full weight when both names have one (a conflict), else times the smallest factor the scorer could apply. The
 * caps of the scorer only lower a score; the one rule that raises it (the same letters with other spacing) is
 * checked as the scorer checks it.
 *
 * <p>The bound must follow {@link NameScorer#similarity}: a rule that makes two tokens correspond without sharing
 * their first letter, phonetic key or skeleton must be added to {@link #mayCorrespond} (ScoreBoundTest checks it on
 * real names).
 */
final class ScoreBound {

    /** A bound prunes only when it is below the floor by more than this (rounding of the sums). */
    static final double MARGIN = 1e-9;
    /** Names with more tokens are not bounded (the token sets are bit masks). */
    private static final int MAX_TOKENS = 32;

    private ScoreBound() {
    }

    /**
     * True when {@code NameScorer.score(q, c, false).score()} is certainly below {@code floor}. Token pairs first;
     * fused pairs, which are rarer and dearer to look for, only when the pairs alone would prune.
     */
    static boolean below(PreparedName q, PreparedName c, double floor) {
        if (q.nameCount == 0 || c.nameCount == 0) {
            return floor > MARGIN;
        }
        int nq = q.size();
        int nc = c.size();
        if (nq > MAX_TOKENS || nc > MAX_TOKENS
                || q.joinedHash == c.joinedHash && q.joined.length() >= 6 && q.joined.equals(c.joined)) {
            return false;
        }
        long qCovered = 0;
        long cCovered = 0;
        for (int i = 0; i < nq; i++) {
            if (!q.isName[i]) {
                continue;
            }
            for (int j = 0; j < nc; j++) {
                if (c.isName[j] && mayCorrespond(q, i, c, j)) {
                    qCovered |= 1L << i;
                    cCovered |= 1L << j;
                }
            }
        }
        if (bound(q, qCovered, c, cCovered) >= floor - MARGIN) {
            return false;
        }
        long qc = fusable(q, c);
        long cq = fusable(c, q);
        if (qc == 0 && cq == 0) {
            return true;
        }
        qCovered |= (qc & 0xffffffffL) | cq >>> 32;
        cCovered |= (cq & 0xffffffffL) | qc >>> 32;
        return bound(q, qCovered, c, cCovered) < floor - MARGIN;
    }

    /** At least {@code NameScorer.score(q, c, false).score()}; 1 when no bound is taken. */
    static double upper(PreparedName q, PreparedName c) {
        if (q.nameCount == 0 || c.nameCount == 0) {
            return 0;
        }
        int nq = q.size();
        int nc = c.size();
        if (nq > MAX_TOKENS || nc > MAX_TOKENS
                || q.joinedHash == c.joinedHash && q.joined.length() >= 6 && q.joined.equals(c.joined)) {
            return 1;
        }
        long qCovered = 0;
        long cCovered = 0;
        for (int i = 0; i < nq; i++) {
            for (int j = 0; j < nc; j++) {
                if (q.isName[i] && c.isName[j] && mayCorrespond(q, i, c, j)) {
                    qCovered |= 1L << i;
                    cCovered |= 1L << j;
                }
            }
        }
        long qc = fusable(q, c);
        long cq = fusable(c, q);
        qCovered |= (qc & 0xffffffffL) | cq >>> 32;
        cCovered |= (cq & 0xffffffffL) | qc >>> 32;
        return bound(q, qCovered, c, cCovered);
    }

    /** The bound when at most the tokens in the two masks are covered. */
    private static double bound(PreparedName q, long qCovered, PreparedName c, long cCovered) {
        double covered = 0;
        double qLeft = 0;
        double cLeft = 0;
        double cLeftLeast = 0;
        boolean qSure = false;
        boolean cSure = false;
        for (int i = 0; i < q.size(); i++) {
            if (q.isName[i]) {
                if ((qCovered & 1L << i) != 0) {
                    covered += q.weight[i];
                } else {
                    qSure = true;
                    qLeft += q.weight[i];
                }
            }
        }
        for (int j = 0; j < c.size(); j++) {
            if (c.isName[j]) {
                if ((cCovered & 1L << j) != 0) {
                    covered += c.weight[j];
                } else {
                    cSure = true;
                    cLeft += c.weight[j];
                    cLeftLeast += c.weight[j] * Math.min(1.0, NameScorer.missingFactor(c.role[j]));
                }
            }
        }
        if (covered == 0) {
            return 0;
        }
        double least;
        if (qSure && cSure) {
            least = qLeft + cLeft; // both names certainly keep a token: a conflict, full weights
        } else if (qSure) {
            least = qLeft * Math.min(1.0, NameScorer.EXTRA_FACTOR);
        } else {
            least = cLeftLeast;
        }
        return covered / (covered + least);
    }

    /**
     * False only when {@link NameScorer#similarity} of the two tokens is certainly 0: every rule of it needs the same
     * first letter, the same phonetic key or skeleton, two known names of one family, or a romanised query token.
     */
    static boolean mayCorrespond(PreparedName q, int i, PreparedName c, int j) {
        return q.first[i] == c.first[j]
                || q.phoneticHash[i] == c.phoneticHash[j]
                || q.skeletonHash[i] == c.skeletonHash[j]
                || q.nickname[i] && c.nickname[j]
                || q.translit[i];
    }

    /**
     * The tokens of {@code one} (low 32 bits) that may be fused with a run of 2 or 3 tokens of {@code other}, and the
     * tokens of {@code other} in such runs (high 32 bits): the run spells the token as {@code NameScorer.fuse}
     * requires, whatever is aligned. A run equal to the token has its hash code (String hash codes compose over
     * concatenation); one edit away, it keeps the first or the last letter.
     */
    private static long fusable(PreparedName one, PreparedName other) {
        long oneMask = 0;
        long otherMask = 0;
        int no = other.size();
        for (int i = 0; i < one.size(); i++) {
            int len = one.length[i];
            if (!one.isName[i] || len < 4) {
                continue;
            }
            int slack = len >= 8 ? 1 : 0;
            for (int run = 2; run <= 3; run++) {
                for (int j = 0; j + run <= no; j++) {
                    int end = j + run - 1;
                    int total = other.length[j] + other.length[j + 1] + (run == 3 ? other.length[j + 2] : 0);
                    if (Math.abs(total - len) > slack
                            || !(other.isName[j] || other.isName[j + 1] || run == 3 && other.isName[j + 2])) {
                        continue;
                    }
                    if (slack == 0) {
                        int h = other.textHash[j];
                        for (int k = j + 1; k <= end; k++) {
                            h = h * pow31(other.length[k]) + other.textHash[k];
                        }
                        if (h != one.textHash[i]) {
                            continue;
                        }
                    } else if (one.first[i] != other.first[j] && one.last[i] != other.last[end]) {
                        continue;
                    }
                    StringBuilder joined = new StringBuilder(total);
                    for (int k = j; k <= end; k++) {
                        joined.append(other.text[k]);
                    }
                    if (NameScorer.spells(one.text[i], joined.toString())) {
                        oneMask |= 1L << i;
                        for (int k = j; k <= end; k++) {
                            otherMask |= 1L << k;
                        }
                    }
                }
            }
        }
        return oneMask | otherMask << 32;
    }

    private static final int[] POW31 = new int[64];

    static {
        POW31[0] = 1;
        for (int i = 1; i < POW31.length; i++) {
            POW31[i] = POW31[i - 1] * 31;
        }
    }

    /** 31 to the power {@code n}, as int arithmetic gives it (the factor of String hash codes). */
    private static int pow31(int n) {
        if (n < POW31.length) {
            return POW31[n];
        }
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 31;
        }
        return p;
    }
}
