package dev.interdict.payments;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason to stop a payment: a value of the message that matched a list entity, or a sanctioned country or
 * region.
 *
 * @param kind        what matched
 * @param role        the party role ({@code debtor}, {@code underlying_creditor}) or text kind
 *                    ({@code remittance_unstructured}) the value came from
 * @param path        the field path
 * @param value       the value as it appears in the message (for free text: the matching window)
 * @param sourceId    the list entity id ({@code ofac-sdn:17671}), or the country / region code
 * @param matchedName the list name that matched, or the country / region name
 * @param score       0..1 (1 for exact identifier, country and region hits)
 * @param programs    the entity's sanctions programs (empty for country and region hits)
 * @param action      what this hit alone calls for under the policy
 */
public record Hit(Kind kind, String role, String path, String value, String sourceId, String matchedName,
        double score, List<String> programs, Action action) {

    /** What kind of value matched. */
    public enum Kind {
        /** A party name matched a list name. */
        NAME,
        /** A window of free text matched a list name. */
        FREE_TEXT,
        /** A BIC equals a list identifier. */
        BIC,
        /** A LEI equals a list identifier. */
        LEI,
        /** An account (IBAN, number, proxy) equals a list identifier. */
        ACCOUNT,
        /** Another identifier equals a list identifier. */
        IDENTIFIER,
        /** A country under comprehensive sanctions (code, BIC or IBAN country, or named in an address). */
        COUNTRY,
        /** A sanctioned region named in an address or free text (Crimea, Donetsk, Luhansk). */
        REGION
    }

    public Hit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    /** One line for an analyst, e.g. {@code creditor name 'LOS CUINIS' matched ofac-sdn:17672 LOS CUINIS (1.00; SDNTK)}. */
    public String describe() {
        String what = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (kind == Kind.COUNTRY || kind == Kind.REGION) {
            return String.format(Locale.ROOT, "%s %s '%s' at %s is in sanctioned %s %s (%s)", role, what, value, path,
                    kind == Kind.COUNTRY ? "country" : "region", sourceId, matchedName);
        }
        return String.format(Locale.ROOT, "%s %s '%s' at %s matched %s %s (score %.2f; %s)", role, what, value, path,
                sourceId, matchedName, score, programs.isEmpty() ? "no program" : String.join(", ", programs));
    }
}
