package dev.interdict.screening.eval;

import dev.interdict.model.Entity;
import dev.interdict.model.Schema;
import dev.interdict.screening.Match;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import java.util.List;

/** Scoring helpers shared by the evaluation harness (bench) and the accuracy guard (core tests). */
public final class Evaluation {

    /** Scores below this are not collected: every figure of the evaluation is at or above it. */
    public static final double FLOOR = 0.5;

    private Evaluation() {
    }

    /** The query for a variant: the name alone, or with the listed person's first birth date and nationality. */
    public static Query variantQuery(VariantGenerator.Variant v, Entity listed, boolean withAttributes) {
        Query q = Query.of(v.query(), Schema.PERSON);
        if (withAttributes && listed != null) {
            if (!listed.birthDates().isEmpty()) {
                q = q.withBirthDate(listed.birthDates().get(0));
            }
            if (!listed.nationalities().isEmpty()) {
                q = q.withCountry(listed.nationalities().get(0));
            } else if (!listed.citizenships().isEmpty()) {
                q = q.withCountry(listed.citizenships().get(0));
            }
        }
        return q;
    }

    /** The score the screener gives entity {@code entityId} for {@code q} (0 when below {@link #FLOOR}). */
    public static double targetScore(Screener s, Query q, String entityId) {
        for (Match m : s.screen(q, FLOOR, 50)) {
            if (m.entity().id().equals(entityId)) {
                return m.score();
            }
        }
        return 0;
    }

    /** The best score of any entity for {@code q} (0 when below {@link #FLOOR}). */
    public static double maxScore(Screener s, Query q) {
        List<Match> m = s.screen(q, FLOOR, 1);
        return m.isEmpty() ? 0 : m.get(0).score();
    }

    /** Scores this close below a threshold count as reaching it (rounding of the scores). */
    static final double TIE = 1e-9;

    /** Share of {@code scores} at or above {@code threshold}. */
    public static double shareAtOrAbove(double[] scores, double threshold) {
        if (scores.length == 0) {
            return Double.NaN;
        }
        int n = 0;
        for (double s : scores) {
            if (s >= threshold - TIE) {
                n++;
            }
        }
        return (double) n / scores.length;
    }

    /**
     * The lowest threshold at which at most {@code maxFp} of {@code negativeScores} reach it
     * ({@link #shareAtOrAbove}): how a reference scorer is set to a given false-positive rate. Scores tied at the
     * cut are all kept below it, so the rate reached may be lower than {@code maxFp}, never higher.
     *
     * @throws IllegalArgumentException when {@code maxFp} is outside 0..1 or there are no scores
     */
    public static double thresholdForFp(double[] negativeScores, double maxFp) {
        if (!(maxFp >= 0 && maxFp <= 1)) {
            throw new IllegalArgumentException("maxFp must be in 0..1, got " + maxFp);
        }
        if (negativeScores.length == 0) {
            throw new IllegalArgumentException("no negative scores to set a threshold on");
        }
        double[] s = negativeScores.clone();
        java.util.Arrays.sort(s);
        int allowed = (int) Math.floor(maxFp * s.length + TIE);
        int idx = s.length - allowed - 1; // the highest score that must stay below the threshold
        if (idx < 0) {
            return 0;
        }
        return s[idx] + 2 * TIE;
    }
}
