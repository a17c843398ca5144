package dev.interdict.screening;

import dev.interdict.text.Folding;
import dev.interdict.text.StringDistance;
import java.util.ArrayList;
import java.util.List;

/**
 * An approximation of the score OFAC's Sanctions List Search (SLS) tool shows, 0..100, for institutions that must
 * show an examiner they screen at least as broadly as the regulator's tool. Calibrated on
 * {@code ofac_sls_parity_fixtures.csv} (see docs/accuracy.md). SLS compares character strings with Jaro-Winkler;
 * the fixtures are reproduced by the better of two views:
 * <ul>
 *   <li>the whole name against the whole list name, as written (a comma only removed, not turned round);</li>
 *   <li>each query word against its best list word, averaged over the query's words (words of one or two letters
 *       are left out when longer words exist), so word order and extra list words do not matter. A query word
 *       whose best list word scores below {@link #WORD_MIN} (in practice one shared letter, as BUSH against
 *       HASWANI) counts 0: SLS scores "GEORGE BUSH" against "HASWANI, George" 50, the exact GEORGE alone.</li>
 * </ul>
 * Names are folded to lower-case ASCII letters first; names in other scripts score 0 (SLS searches Latin text).
 * Stateless and thread-safe.
 */
public final class OfacScorer {

    /** Below this Jaro-Winkler a query word has no counterpart in the token view (fitted: 0.46 .. 0.50 fit). */
    static final double WORD_MIN = 0.48;

    private OfacScorer() {
    }

    /** The SLS-style score of {@code query} against {@code listName}, 0..100 (rounded). */
    public static int score(String query, String listName) {
        String q = fold(query);
        String r = fold(listName);
        if (q.isEmpty() || r.isEmpty()) {
            return 0;
        }
        double whole = StringDistance.jaroWinkler(q, r);
        String[] qt = q.split(" ");
        String[] rt = r.split(" ");
        List<String> words = new ArrayList<>();
        for (String t : qt) {
            if (t.length() > 2) {
                words.add(t);
            }
        }
        if (words.isEmpty()) {
            words = List.of(qt);
        }
        double sum = 0;
        for (String a : words) {
            double best = 0;
            for (String b : rt) {
                best = Math.max(best, StringDistance.jaroWinkler(a, b));
            }
            sum += best < WORD_MIN ? 0 : best;
        }
        double tokens = sum / words.size();
        return (int) Math.round(100 * Math.max(whole, tokens));
    }

    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && c >= 0x250) {
                return "";
            }
        }
        return Folding.fold(s).strip().replaceAll("\\s+", " ");
    }
}
