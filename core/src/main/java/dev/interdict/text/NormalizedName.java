package dev.interdict.text;

import java.util.List;

/**
 * A name after {@link NameNormalizer}: tokens in reading order ("LAST, First" turned round), quoted nicknames
 * taken out, legal forms and particles marked.
 *
 * @param original  the name as given
 * @param tokens    all tokens, in order
 * @param nicknames quoted parts ('El Mencho') taken out of the name, each normalised on its own
 * @param surnameStart index of the first surname token when the name was written "SURNAMES, Given names" (so
 *                  the roles of its tokens are known), else -1
 */
public record NormalizedName(String original, List<NameToken> tokens, List<NormalizedName> nicknames,
        int surnameStart) {

    public NormalizedName {
        tokens = List.copyOf(tokens);
        nicknames = List.copyOf(nicknames);
        if (surnameStart >= tokens.size()) {
            surnameStart = -1;
        }
    }

    /** A name whose token roles are not known. */
    public NormalizedName(String original, List<NameToken> tokens, List<NormalizedName> nicknames) {
        this(original, tokens, nicknames, -1);
    }

    /** The tokens that identify: neither particles, legal forms nor stopwords. */
    public int nameTokenCount() {
        int n = 0;
        for (NameToken t : tokens) {
            if (t.isName()) {
                n++;
            }
        }
        return n;
    }

    /** True when nothing identifying is left (the name was only a legal form, or empty). */
    public boolean isEmpty() {
        return nameTokenCount() == 0;
    }

    /** The folded tokens joined by spaces. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (NameToken t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }
}
