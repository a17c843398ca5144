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

    /** Share of {@code scores} at or above {@code threshold}. */
    public static double shareAtOrAbove(double[] scores, double threshold) {
        if (scores.length == 0) {
            return Double.NaN;
        }
        int n = 0;
        for (double s : scores) {
            if (s >= threshold - 1e-9) {
                n++;
            }
        }
        return (double) n / scores.length;
    }
}
