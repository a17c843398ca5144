package dev.interdict.payments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A party of a payment: its role, where it sits in the message, and every value read for it (names, address,
 * countries, BIC, LEI, accounts, identifiers).
 *
 * @param role       the role
 * @param underlying whether it belongs to the underlying customer credit transfer of a cover payment
 * @param path       the path of the party element, e.g. {@code Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Dbtr}
 * @param fields     the values, in message order
 */
public record Party(PartyRole role, boolean underlying, String path, List<PartyField> fields) {

    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(path, "path");
        fields = List.copyOf(fields);
    }

    /** The role as written in output: {@code debtor}, {@code underlying_creditor}, ... */
    public String roleName() {
        return underlying ? "underlying_" + role.key() : role.key();
    }

    public List<String> values(FieldKind kind) {
        List<String> out = new ArrayList<>();
        for (PartyField f : fields) {
            if (f.kind() == kind) {
                out.add(f.value());
            }
        }
        return out;
    }

    /** The first value of {@code kind}, or {@code null}. */
    public String first(FieldKind kind) {
        for (PartyField f : fields) {
            if (f.kind() == kind) {
                return f.value();
            }
        }
        return null;
    }

    public String name() {
        return first(FieldKind.NAME);
    }

    public String bic() {
        return first(FieldKind.BIC);
    }

    /** The address parts joined with ", ", or {@code null}. */
    public String address() {
        List<String> parts = values(FieldKind.ADDRESS);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Whether the party says enough to be screened: a name, a BIC or a LEI. */
    public boolean isScreenable() {
        return name() != null || bic() != null || first(FieldKind.LEI) != null;
    }

    /**
     * Every country the party points to: stated countries, the country of its BIC (characters 5-6) and of its
     * IBANs (characters 1-2).
     */
    public Set<String> countries() {
        Set<String> out = new LinkedHashSet<>();
        for (PartyField f : fields) {
            String v = f.value().strip().toUpperCase(Locale.ROOT);
            switch (f.kind()) {
                case COUNTRY -> {
                    if (v.length() == 2) {
                        out.add(v);
                    }
                }
                case BIC -> {
                    if (v.length() >= 6) {
                        out.add(v.substring(4, 6));
                    }
                }
                case ACCOUNT -> {
                    if (Ibans.looksLikeIban(v)) {
                        out.add(v.substring(0, 2));
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    /** Collects a party while a parser reads it. */
    public static final class Builder {
        private final PartyRole role;
        private final boolean underlying;
        private final String path;
        private final List<PartyField> fields = new ArrayList<>();

        public Builder(PartyRole role, boolean underlying, String path) {
            this.role = role;
            this.underlying = underlying;
            this.path = path;
        }

        public PartyRole role() {
            return role;
        }

        public Builder add(FieldKind kind, String path, String value) {
            if (value != null && !value.isBlank()) {
                fields.add(new PartyField(kind, path, value.strip()));
            }
            return this;
        }

        public Party build() {
            return new Party(role, underlying, path, fields);
        }
    }
}
