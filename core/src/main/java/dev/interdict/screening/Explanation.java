package dev.interdict.screening;

import java.util.List;
import java.util.Locale;

/**
 * Why a query matched a list name: which query tokens aligned with which list tokens and how, which secondary
 * attributes agreed or disagreed, and how the final score was formed. Everything an analyst needs to defend (or
 * dismiss) the alert.
 *
 * @param nameScore  the name-only score, 0..1
 * @param tokens     the token alignment, query order first, then list tokens left unaligned
 * @param attributes birth date, country, identifier and schema checks
 * @param notes      other facts that shaped the score (legal forms ignored, weak alias, ...)
 * @param score      the final score, 0..1
 */
public record Explanation(double nameScore, List<TokenMatch> tokens, List<AttributeCheck> attributes,
        List<String> notes, double score) {

    public Explanation {
        tokens = List.copyOf(tokens);
        attributes = List.copyOf(attributes);
        notes = List.copyOf(notes);
    }

    /** How a query token relates to a list token. */
    public enum How {
        /** Identical after normalisation (case, accents, script). */
        EXACT,
        /** Sounds the same (Spanish or Arabic romanisation: b/v, s/z, Mohammed/Muhammad). */
        PHONETIC,
        /** Spelling differs by a typo or two. */
        SIMILAR,
        /** An initial that agrees with the full token. */
        INITIAL,
        /** A known diminutive or nickname (Paco = Francisco). */
        NICKNAME,
        /**
         * A query token written in another script whose machine romanisation has the consonants of the list
         * token (محمود → mhmwd = Mahmoud).
         */
        ROMANISED,
        /** One token on one side is two joined on the other (ABDULRAHMAN = ABD AL RAHMAN). */
        FUSED,
        /** A query token with no counterpart while the list name also has unaligned tokens: evidence against. */
        CONFLICT,
        /** A query token with no counterpart, the list name otherwise fully covered (an extra middle name). */
        EXTRA_IN_QUERY,
        /** A list token the query lacks (a second surname, a middle name). */
        MISSING_IN_QUERY,
        /** A particle or legal form, not weighed (de, del, al, bin, S.A. de C.V.). */
        IGNORED
    }

    /**
     * One aligned (or unaligned) token.
     *
     * @param query      the query token, or {@code null}
     * @param list       the list token, or {@code null}
     * @param how        how they relate
     * @param similarity 0..1
     * @param weight     how much this token counts (rarer tokens count more)
     */
    public record TokenMatch(String query, String list, How how, double similarity, double weight) {
    }

    /** Whether an attribute supports the match. */
    public enum Outcome { AGREES, CONTRADICTS, NOT_COMPARED }

    /**
     * One secondary attribute check.
     *
     * @param attribute  {@code birth_date}, {@code country}, {@code identifier}, {@code schema}
     * @param outcome    agrees, contradicts or could not be compared
     * @param queryValue the query's value
     * @param listValue  the list's value(s)
     * @param effect     what it did to the score (+0.03, -0.15, ...)
     */
    public record AttributeCheck(String attribute, Outcome outcome, String queryValue, String listValue,
            double effect) {
    }

    /** A one-paragraph account, e.g. {@code name 0.93: JOAQUIN=JOAQUIN exact, GUZMAN=GUZMAN exact, ...}. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "name %.2f:", nameScore));
        String sep = " ";
        for (TokenMatch t : tokens) {
            b.append(sep);
            sep = ", ";
            switch (t.how()) {
                case CONFLICT, EXTRA_IN_QUERY -> b.append(t.query() != null ? t.query() : t.list())
                        .append(t.query() != null ? " unmatched in list (" : " unmatched in query (")
                        .append(t.how() == How.CONFLICT ? "conflict" : "extra").append(')');
                case MISSING_IN_QUERY -> b.append(t.list()).append(" not in query");
                case IGNORED -> b.append(t.query() != null ? t.query() : t.list()).append(" ignored");
                default -> b.append(t.query()).append('=').append(t.list()).append(' ')
                        .append(t.how().name().toLowerCase(Locale.ROOT))
                        .append(t.how() == How.EXACT ? "" : String.format(Locale.ROOT, " %.2f", t.similarity()));
            }
        }
        for (AttributeCheck a : attributes) {
            b.append("; ").append(a.attribute()).append(' ')
                    .append(a.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (a.queryValue() != null) {
                b.append(" (").append(a.queryValue()).append(" vs ").append(a.listValue()).append(')');
            }
            if (a.effect() != 0) {
                b.append(String.format(Locale.ROOT, " %+.2f", a.effect()));
            }
        }
        for (String n : notes) {
            b.append("; ").append(n);
        }
        b.append(String.format(Locale.ROOT, "; score %.2f", score));
        return b.toString();
    }
}
