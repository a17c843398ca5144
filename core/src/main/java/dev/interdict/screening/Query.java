package dev.interdict.screening;

import dev.interdict.model.BirthDate;
import dev.interdict.model.Countries;
import dev.interdict.model.Identifier;
import dev.interdict.model.Schema;
import java.util.List;
import java.util.Objects;

/**
 * What to screen: a name and, when known, the secondary attributes that confirm or contradict a name match.
 *
 * @param name        the name as the customer or payment gives it (never blank)
 * @param schema      what the party is ({@code null}: unknown, matches every schema)
 * @param birthDate   birth or incorporation date, or {@code null}
 * @param country     ISO 3166-1 alpha-2 code of nationality / residence / registration, or {@code null}
 * @param identifiers passport, national ID, tax number, BIC, IMO, wallet address, ...
 */
public record Query(String name, Schema schema, BirthDate birthDate, String country, List<Identifier> identifiers) {

    public Query {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("query name must not be blank");
        }
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        if (country != null) {
            country = country.isBlank() ? null : Countries.codeOrText(country);
        }
    }

    public static Query of(String name) {
        return new Query(name, null, null, null, List.of());
    }

    public static Query of(String name, Schema schema) {
        return new Query(name, schema, null, null, List.of());
    }

    public Query withBirthDate(BirthDate date) {
        return new Query(name, schema, date, country, identifiers);
    }

    public Query withCountry(String c) {
        return new Query(name, schema, birthDate, c, identifiers);
    }

    public Query withIdentifiers(List<Identifier> ids) {
        return new Query(name, schema, birthDate, country, ids);
    }
}
