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
    final boolean[] isName;
    final double[] weight;
    final int nameCount;
    /** All name tokens joined without spaces, for the fused whole-name check. */
    final String joined;

    PreparedName(NormalizedName normalized, TokenWeights weights) {
        this.normalized = normalized;
        List<NameToken> tokens = normalized.tokens();
        int n = tokens.size();
        text = new String[n];
        phonetic = new String[n];
        skeleton = new String[n];
        isName = new boolean[n];
        weight = new double[n];
        int names = 0;
        StringBuilder j = new StringBuilder();
        for (int i = 0; i < n; i++) {
            NameToken t = tokens.get(i);
            text[i] = t.text();
            phonetic[i] = t.phonetic();
            skeleton[i] = t.skeleton();
            isName[i] = t.isName();
            if (isName[i]) {
                names++;
                weight[i] = t.isInitial() ? 0.5 : weights.weight(t.text());
                j.append(t.text());
            }
        }
        nameCount = names;
        joined = j.toString();
    }

    int size() {
        return text.length;
    }
}
