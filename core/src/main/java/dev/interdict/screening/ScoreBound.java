package dev.interdict.screening;

import java.util.List;

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
 * <p>One instance per {@link NameIndex} keeps what the bound reads of each indexed name in one record of a flat
 * array, so that bounding a candidate reads a few adjacent memory lines instead of a dozen objects. Fused pairs are
 * looked for in the names themselves only when the record's fusion masks say one may exist.
 *
 * <p>The bound must follow {@link NameScorer#similarity}: a rule that makes two tokens correspond without sharing
 * their first letter, phonetic key or skeleton must be added to {@link #mayCorrespond}, and a change to the fused
 * rule ({@code NameScorer.fuse}) to {@link #fusable} and {@link #fusionMasks} (ScoreBoundTest checks the bound on
 * real names).
 */
final class ScoreBound {

    /** A bound prunes only when it is below the floor by more than this (rounding of the sums). */
    static final double MARGIN = 1e-9;
    /** Names with more tokens are not bounded (the token sets are bit masks). */
    private static final int MAX_TOKENS = 32;

    // a token's signature: first letter, flags, and 22 bits of the hash codes of its phonetic key and skeleton
    private static final long FIRST = 0xFFFFL;
    private static final long NAME = 1L << 16;
    private static final long NICKNAME = 1L << 17;
    private static final long TRANSLIT = 1L << 18;
    private static final int PHONETIC_SHIFT = 19;
    private static final int SKELETON_SHIFT = 40;
    private static final long HASH_BITS = (1L << 21) - 1;
    private static final long PHONETIC = HASH_BITS << PHONETIC_SHIFT;
    private static final long SKELETON = HASH_BITS << SKELETON_SHIFT;
    /**
     * An initial (one letter) or a name written with the short particle before it (al-Rahman): an initial may
     * stand for such a name by the particle's first letter ({@code NameScorer.initialOf}).
     */
    private static final long INITIAL_LIKE = 1L << 63;
    /** A token with a long vowel (Saeed, Mahmood): its short-vowel key may meet any token ({@code shortVowels}). */
    private static final long LONG_VOWEL = 1L << 62;

    // a record: header (token count, name count, joined hash), 4 fusion masks, run count, then 4 longs per token
    // (signature, weight, least weight left over, shape), then the shapes of the runs
    private static final int HEADER = 6;
    private static final int PER_TOKEN = 4;
    // a shape (of a token or of a run of 2 or 3 tokens with a name): 16 bits of the hash code of its text, its length
    // (at most 255), 8 bits of its first and of its last letter, and which letters it has (24 bits, letter mod 24)
    private static final long SHAPE_HASH = 0xFFFFL;

    private final List<NameIndex.Entry> entries;
    private final int[] offset;
    private final long[] data;

    ScoreBound(List<NameIndex.Entry> entries) {
        this.entries = entries;
        offset = new int[entries.size() + 1];
        for (int e = 0; e < entries.size(); e++) {
            PreparedName p = entries.get(e).prepared();
            offset[e + 1] = offset[e] + HEADER + PER_TOKEN * p.size() + p.runShapes.length;
        }
        data = new long[offset[entries.size()]];
        for (int e = 0; e < entries.size(); e++) {
            long[] r = record(entries.get(e).prepared());
            System.arraycopy(r, 0, data, offset[e], r.length);
        }
    }

    /** The record of a name: what the bound reads of it. */
    private static long[] record(PreparedName p) {
        int n = p.size();
        long[] r = new long[HEADER + PER_TOKEN * n + p.runShapes.length];
        r[0] = Math.min(n, 0xFFFF) | (long) Math.min(p.nameCount, 0xFFFF) << 16 | (long) p.joinedHash << 32;
        System.arraycopy(p.fusionMasks, 0, r, 1, 4);
        r[5] = p.runShapes.length;
        for (int j = 0; j < n; j++) {
            r[HEADER + PER_TOKEN * j] = p.signature[j];
            r[HEADER + PER_TOKEN * j + 1] = Double.doubleToRawLongBits(p.weight[j]);
            // a token written joined to the one before may count for nothing when that word is matched by its
            // initial (NameScorer: "covered"): marked with a negative least weight
            r[HEADER + PER_TOKEN * j + 2] = Double.doubleToRawLongBits(p.joinedToPrevious[j] ? -1.0
                    : p.weight[j] * Math.min(1.0, NameScorer.missingFactor(p.role[j])));
            r[HEADER + PER_TOKEN * j + 3] = p.shapes[j];
        }
        System.arraycopy(p.runShapes, 0, r, HEADER + PER_TOKEN * n, p.runShapes.length);
        return r;
    }

    /** The shape of token {@code i}. */
    static long shape(PreparedName p, int i) {
        return shape(p.textHash[i], p.length[i], p.first[i], p.last[i], letters(p.text[i]));
    }

    private static long shape(int hash, int length, char first, char last, long letters) {
        return hash & SHAPE_HASH | (long) Math.min(length, 255) << 16 | (long) (first & 0xFF) << 24
                | (long) (last & 0xFF) << 32 | letters << 40;
    }

    /** Which letters {@code s} has, as 24 bits (letter mod 24). */
    private static long letters(String s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) {
            m |= 1L << (s.charAt(i) % 24);
        }
        return m;
    }

    /** The shapes of the runs of {@code p} ({@link #forEachRun}). */
    static long[] runShapes(PreparedName p) {
        long[][] out = {new long[Math.max(0, 2 * p.size() - 3)]};
        int[] k = {0};
        forEachRun(p, (start, end, reversed) -> {
            if (k[0] == out[0].length) {
                out[0] = java.util.Arrays.copyOf(out[0], 2 * k[0] + 1);
            }
            long letters = 0;
            for (int j = start; j <= end; j++) {
                letters |= letters(p.text[j]);
            }
            out[0][k[0]++] = shape(runHash(p, start, end, reversed), runLength(p, start, end),
                    p.first[reversed ? end : start], p.last[reversed ? start : end], letters);
        });
        return java.util.Arrays.copyOf(out[0], k[0]);
    }

    /** Receives a run of adjacent tokens, {@code start} to {@code end}, read backwards when {@code reversed}. */
    private interface RunSink {
        void run(int start, int end, boolean reversed);
    }

    /**
     * The runs of tokens of {@code p} that {@code NameScorer.fuse} may read as one token: 2 or 3 adjacent tokens with
     * a name among them, and two adjacent names in the other order (Yusufmohammad = Mohammad Yusuf).
     */
    private static void forEachRun(PreparedName p, RunSink sink) {
        int n = p.size();
        for (int i = 0; i < n; i++) {
            for (int run = 2; run <= 3 && i + run <= n; run++) {
                int end = i + run - 1;
                boolean hasName = false;
                for (int k = i; k <= end; k++) {
                    hasName |= p.isName[k];
                }
                if (hasName) {
                    sink.run(i, end, false);
                }
                if (run == 2 && p.isName[i] && p.isName[end]) {
                    sink.run(i, end, true);
                }
            }
        }
    }

    /** The letters of the tokens {@code start..end}. */
    private static int runLength(PreparedName p, int start, int end) {
        int total = 0;
        for (int k = start; k <= end; k++) {
            total += p.length[k];
        }
        return total;
    }

    /** The hash code of the run's text (String hash codes compose over concatenation). */
    private static int runHash(PreparedName p, int start, int end, boolean reversed) {
        if (reversed) {
            return p.textHash[end] * pow31(p.length[start]) + p.textHash[start];
        }
        int h = p.textHash[start];
        for (int k = start + 1; k <= end; k++) {
            h = h * pow31(p.length[k]) + p.textHash[k];
        }
        return h;
    }

    /** The run's text. */
    private static String runText(PreparedName p, int start, int end, boolean reversed) {
        if (reversed) {
            return p.text[end] + p.text[start];
        }
        StringBuilder b = new StringBuilder(runLength(p, start, end));
        for (int k = start; k <= end; k++) {
            b.append(p.text[k]);
        }
        return b.toString();
    }

    /**
     * Whether a name token of this shape may be spelled by a run of this shape as {@code NameScorer.fuse} requires:
     * equal (same length and hash code) or, from 8 letters, one edit away: a length at most one off, the same first
     * or last letter, and at most two letters that one has and the other not.
     */
    private static boolean maySpell(long token, long run) {
        int len = (int) (token >>> 16 & 0xFF);
        if (len < 4) {
            return false;
        }
        int diff = Math.abs(len - (int) (run >>> 16 & 0xFF));
        long x = token ^ run;
        if (len < 8) {
            return diff == 0 && (x & SHAPE_HASH) == 0;
        }
        return diff <= 1 && ((x >>> 24 & 0xFF) == 0 || (x >>> 32 & 0xFF) == 0) && Long.bitCount(x >>> 40) <= 2;
    }

    /** The signature of token {@code i}: what {@link #mayCorrespond} compares. */
    static long signature(PreparedName p, int i) {
        return p.first[i]
                | (p.isName[i] ? NAME : 0)
                | (p.nickname[i] ? NICKNAME : 0)
                | (p.translit[i] ? TRANSLIT : 0)
                | (p.phonetic[i].hashCode() & HASH_BITS) << PHONETIC_SHIFT
                | (p.skeleton[i].hashCode() & HASH_BITS) << SKELETON_SHIFT
                | (p.length[i] == 1 || i > 0 && p.joinedToPrevious[i] && !p.isName[i - 1] ? INITIAL_LIKE : 0)
                | (p.shortVowelKey[i] != null ? LONG_VOWEL : 0);
    }

    /**
     * False only when {@link NameScorer#similarity} of query token {@code i} and list token {@code j} is certainly 0.
     */
    static boolean mayCorrespond(PreparedName q, int i, PreparedName c, int j) {
        return mayCorrespond(q.signature[i], c.signature[j]);
    }

    /**
     * Every rule of {@link NameScorer#similarity} needs the same first letter, the same phonetic key or skeleton
     * (so the same hash bits), two known names of one family, or a romanised query token.
     */
    private static boolean mayCorrespond(long q, long c) {
        long x = q ^ c;
        return (x & FIRST) == 0 || (x & PHONETIC) == 0 || (x & SKELETON) == 0 || (q & c & NICKNAME) != 0
                || (q & TRANSLIT) != 0 || (q & c & INITIAL_LIKE) != 0 || ((q | c) & LONG_VOWEL) != 0;
    }

    /**
     * A name token and a non-name token (a particle) with the same phonetic key: {@code NameScorer.particleAsName}
     * may align them, and only the name side weighs.
     */
    private static boolean particleAsName(long q, long c) {
        return ((q ^ c) & NAME) != 0 && ((q ^ c) & PHONETIC) == 0;
    }

    /**
     * Four masks over (length, first or last letter) hashed to 64 bits: of the tokens that may be fused (4+
     * letters; from 8 letters one longer or shorter, by first or by last letter), and of the runs of 2 or 3 tokens
     * with a name among them (by first and by last letter). A token can only be spelled by a run whose bit it shares
     * (an equal spelling has the same length and first letter; one edit away, a length one off and the same first
     * or last letter).
     */
    static long[] fusionMasks(PreparedName p) {
        long[] m = new long[4]; // token by first letter, token by last letter, run by first, run by last
        for (int i = 0; i < p.size(); i++) {
            int len = p.length[i];
            if (p.isName[i] && len >= 4) {
                if (len < 8) {
                    m[0] |= bit(len, p.first[i]);
                } else {
                    for (int l = len - 1; l <= len + 1; l++) {
                        m[0] |= bit(l, p.first[i]);
                        m[1] |= bit(l, p.last[i]);
                    }
                }
            }
        }
        forEachRun(p, (start, end, reversed) -> {
            int total = runLength(p, start, end);
            m[2] |= bit(total, p.first[reversed ? end : start]);
            m[3] |= bit(total, p.last[reversed ? start : end]);
        });
        return m;
    }

    private static long bit(int length, char letter) {
        return 1L << ((length * 31 + letter) & 63);
    }

    /** True when the score of query {@code q} against indexed name {@code entry} is certainly below {@code floor}. */
    boolean below(PreparedName q, int entry, double floor) {
        return below(q, data, offset[entry], entry, floor);
    }

    private boolean below(PreparedName q, long[] d, int o, int entry, double floor) {
        long head = d[o];
        int nc = (int) (head & 0xFFFF);
        if (q.nameCount == 0 || (head >>> 16 & 0xFFFF) == 0) {
            return floor > MARGIN;
        }
        int nq = q.size();
        if (nq > MAX_TOKENS || nc >= MAX_TOKENS
                || q.joinedHash == (int) (head >>> 32) && sameJoined(q, entries.get(entry).prepared())) {
            return false;
        }
        int t = o + HEADER;
        long covered = correspondences(q, d, t, nc);
        if (bound(q, covered, d, t, nc) >= floor - MARGIN) {
            return false;
        }
        long[] qm = q.fusionMasks;
        if ((qm[0] & d[o + 3] | qm[1] & d[o + 4] | d[o + 1] & qm[2] | d[o + 2] & qm[3]) == 0
                || !mayFuse(q, d, t, nc, t + PER_TOKEN * nc, (int) d[o + 5])) {
            return true; // no fused pair possible
        }
        covered |= fused(q, entries.get(entry).prepared());
        return bound(q, covered, d, t, nc) < floor - MARGIN;
    }

    /**
     * The name tokens that may be covered by a token of the other name ({@link #mayCorrespond}, or a particle read
     * as a name): the query's in the low 32 bits, the list name's (its {@code nc} token records from {@code t} in
     * {@code d}) in the high 32 bits.
     */
    private static long correspondences(PreparedName q, long[] d, int t, int nc) {
        long qCovered = 0;
        long cCovered = 0;
        for (int i = 0; i < q.size(); i++) {
            long sq = q.signature[i];
            for (int j = 0; j < nc; j++) {
                long sc = d[t + PER_TOKEN * j];
                if ((sq & sc & NAME) != 0 && mayCorrespond(sq, sc)) {
                    qCovered |= 1L << i;
                    cCovered |= 1L << j;
                } else if (particleAsName(sq, sc)) {
                    qCovered |= (sq & NAME) != 0 ? 1L << i : 0;
                    cCovered |= (sc & NAME) != 0 ? 1L << j : 0;
                }
            }
        }
        return qCovered | cCovered << 32;
    }

    /** The tokens of either name that may be part of a fused pair, packed as {@link #correspondences}. */
    private static long fused(PreparedName q, PreparedName c) {
        long qc = fusable(q, c); // q's tokens low, c's high: as packed
        long cq = fusable(c, q); // c's tokens low, q's high: swapped
        return qc | cq >>> 32 | cq << 32;
    }

    /** Whether a name token of either name may be spelled by a run of the other's (shapes in the record). */
    private static boolean mayFuse(PreparedName q, long[] d, int t, int nc, int runs, int runCount) {
        for (int i = 0; i < q.size(); i++) {
            if (q.isName[i]) {
                for (int r = runs; r < runs + runCount; r++) {
                    if (maySpell(q.shapes[i], d[r])) {
                        return true;
                    }
                }
            }
        }
        for (int j = 0; j < nc; j++) {
            if ((d[t + PER_TOKEN * j] & NAME) != 0) {
                long shape = d[t + PER_TOKEN * j + 3];
                for (long run : q.runShapes) {
                    if (maySpell(shape, run)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** At least {@code NameScorer.score(q, c, false).score()}; 1 when no bound is taken. */
    static double upper(PreparedName q, PreparedName c) {
        if (q.nameCount == 0 || c.nameCount == 0) {
            return 0;
        }
        int nq = q.size();
        int nc = c.size();
        if (nq > MAX_TOKENS || nc >= MAX_TOKENS || q.joinedHash == c.joinedHash && sameJoined(q, c)) {
            return 1;
        }
        long[] r = record(c);
        return bound(q, correspondences(q, r, HEADER, nc) | fused(q, c), r, HEADER, nc);
    }

    /** The scorer's "same letters with other spacing" rule applies: the score may be raised. */
    private static boolean sameJoined(PreparedName q, PreparedName c) {
        return q.joined.length() >= 6 && q.joined.equals(c.joined);
    }

    /**
     * The bound when at most the tokens in {@code mask} (packed as {@link #correspondences}) are covered; the list
     * name's tokens are {@code nc} token records from {@code t} in {@code d}.
     */
    private static double bound(PreparedName q, long mask, long[] d, int t, int nc) {
        long qCovered = mask & 0xffffffffL;
        long cCovered = mask >>> 32;
        double covered = 0;
        double qLeft = 0;
        double cLeft = 0;
        double cLeftLeast = 0;
        boolean qSure = false;
        boolean cSure = false;
        int firstName = -1;
        for (int i = 0; i < q.size() && firstName < 0; i++) {
            if (q.isName[i]) {
                firstName = i;
            }
        }
        double qLeftLeast = 0;
        for (int i = 0; i < q.size(); i++) {
            if (q.isName[i]) {
                if ((qCovered & 1L << i) != 0) {
                    covered += q.weight[i];
                } else {
                    qSure = true;
                    qLeft += q.weight[i];
                    // the scorer's middle name: a whole word with a name token before it (NameScorer.middleName)
                    boolean mayBeMiddle = i != firstName && NameScorer.wholeWord(q, i);
                    qLeftLeast += q.weight[i] * (mayBeMiddle
                            ? Math.min(NameScorer.EXTRA_FACTOR, NameScorer.EXTRA_MIDDLE_FACTOR)
                            : NameScorer.EXTRA_FACTOR);
                }
            }
        }
        for (int j = 0; j < nc; j++) {
            int r = t + PER_TOKEN * j;
            if ((d[r] & NAME) != 0) {
                double w = Double.longBitsToDouble(d[r + 1]);
                if ((cCovered & 1L << j) != 0) {
                    covered += w;
                } else if (Double.longBitsToDouble(d[r + 2]) < 0) {
                    continue; // may be ignored: neither covered nor left over
                } else {
                    cSure = true;
                    cLeft += w;
                    cLeftLeast += Double.longBitsToDouble(d[r + 2]);
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
            least = qLeftLeast;
        } else {
            least = cLeftLeast;
        }
        return covered / (covered + least);
    }

    /**
     * The tokens of {@code one} (low 32 bits) that may be fused with a run of 2 or 3 tokens of {@code other}, and the
     * tokens of {@code other} in such runs (high 32 bits): the run spells the token as {@code NameScorer.fuse}
     * requires, whatever is aligned. A run equal to the token has its hash code (String hash codes compose over
     * concatenation); one edit away, it keeps the first or the last letter.
     */
    private static long fusable(PreparedName one, PreparedName other) {
        long[] masks = new long[2]; // one's tokens, other's tokens
        for (int i = 0; i < one.size(); i++) {
            int len = one.length[i];
            if (!one.isName[i] || len < 4) {
                continue;
            }
            int token = i;
            int slack = len >= 8 ? 1 : 0;
            forEachRun(other, (start, end, reversed) -> {
                if (Math.abs(runLength(other, start, end) - len) > slack) {
                    return;
                }
                if (reversed ? one.first[token] != other.first[end]
                        : slack == 0 ? runHash(other, start, end, false) != one.textHash[token]
                        : one.first[token] != other.first[start] && one.last[token] != other.last[end]) {
                    return; // an equal run has the token's hash code; one edit away, its first or last letter
                }
                if (NameScorer.spells(one.text[token], runText(other, start, end, reversed))) {
                    masks[0] |= 1L << token;
                    for (int k = start; k <= end; k++) {
                        masks[1] |= 1L << k;
                    }
                }
            });
        }
        return masks[0] | masks[1] << 32;
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
