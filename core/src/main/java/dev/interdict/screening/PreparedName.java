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
    }

    int size() {
        return text.length;
    }
}
