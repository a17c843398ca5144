package dev.interdict.screening;

import java.util.HashMap;
import java.util.Map;

/**
 * How much a token counts, from how many list names carry it: a rare surname weighs up to 1.0, a token on a
 * large share of names (MOHAMMED, BANK, TRADING) down to {@link #MIN_WEIGHT}. A token no list name carries
 * weighs 1.0.
 */
final class TokenWeights {

    static final double MIN_WEIGHT = 0.3;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int names;

    void addName(Iterable<String> distinctTokens) {
        names++;
        for (String t : distinctTokens) {
            documentFrequency.merge(t, 1, Integer::sum);
        }
    }

    double weight(String token) {
        Integer df = documentFrequency.get(token);
        if (df == null || names == 0) {
            return 1.0;
        }
        double rarity = Math.log((names + 1.0) / (df + 1.0)) / Math.log(names + 1.0);
        return MIN_WEIGHT + (1 - MIN_WEIGHT) * Math.max(0, Math.min(1, rarity * 1.6));
    }

    int documentFrequency(String token) {
        return documentFrequency.getOrDefault(token, 0);
    }
}
