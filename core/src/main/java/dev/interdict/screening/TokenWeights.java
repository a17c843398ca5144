package dev.interdict.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How much a token counts. Two sources, the lower wins:
 * <ul>
 *   <li>how many list names carry it: a rare surname weighs up to 1.0, a token on a large share of names
 *       (MOHAMMED, BANK, TRADING) down to {@link #MIN_WEIGHT};</li>
 *   <li>how common it is as a given or family name in the general population ({@code population-names.tsv},
 *       counted on the tuning half of the synthetic negatives): JOHN, SMITH, GARCIA weigh less, so a coincidence
 *       on common names is outweighed by the name parts that disagree.</li>
 * </ul>
 * A token neither source knows weighs 1.0.
 */
final class TokenWeights {

    static final double MIN_WEIGHT = 0.3;
    /** Population share at or below which a token weighs fully. */
    static final double RARE_SHARE = 0.0003;
    /** Population share at or above which a token weighs {@link #MIN_POPULATION_WEIGHT}. */
    static final double COMMON_SHARE = 0.01;
    static final double MIN_POPULATION_WEIGHT = 0.3;

    private static final Map<String, Double> POPULATION = loadPopulation();

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int names;

    void addName(Iterable<String> distinctTokens) {
        names++;
        for (String t : distinctTokens) {
            documentFrequency.merge(t, 1, Integer::sum);
        }
    }

    double weight(String token) {
        return Math.min(listWeight(token), populationWeight(token));
    }

    private double listWeight(String token) {
        Integer df = documentFrequency.get(token);
        if (df == null || names == 0) {
            return 1.0;
        }
        double rarity = Math.log((names + 1.0) / (df + 1.0)) / Math.log(names + 1.0);
        return MIN_WEIGHT + (1 - MIN_WEIGHT) * Math.max(0, Math.min(1, rarity * 1.6));
    }

    /** 1.0 for a rare token, down to {@link #MIN_POPULATION_WEIGHT} for a very common name (log scale). */
    static double populationWeight(String token) {
        Double share = POPULATION.get(token);
        if (share == null || share <= RARE_SHARE) {
            return 1.0;
        }
        double x = Math.log(share / RARE_SHARE) / Math.log(COMMON_SHARE / RARE_SHARE);
        return 1.0 - (1.0 - MIN_POPULATION_WEIGHT) * Math.min(1, x);
    }

    /**
     * Whether people bear {@code token} as a name part: it occurs in the population name counts or in the
     * diminutive table ({@link dev.interdict.text.Nicknames}). A typo ("Paol", "Natash") is not attested.
     */
    static boolean isAttested(String token) {
        return POPULATION.containsKey(token) || !dev.interdict.text.Nicknames.canonical(token).isEmpty();
    }

    int documentFrequency(String token) {
        return documentFrequency.getOrDefault(token, 0);
    }

    private static Map<String, Double> loadPopulation() {
        Map<String, Double> m = new HashMap<>();
        try (InputStream in = TokenWeights.class.getResourceAsStream("population-names.tsv")) {
            if (in == null) {
                return m;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Integer> counts = new HashMap<>();
            double rows = 0;
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f.length != 2) {
                    continue;
                }
                if (f[0].equals("# rows")) {
                    rows = Double.parseDouble(f[1]);
                } else if (!f[0].startsWith("#")) {
                    counts.put(f[0], Integer.parseInt(f[1]));
                }
            }
            double n = rows;
            if (n > 0) {
                counts.forEach((t, c) -> m.put(t, c / n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
