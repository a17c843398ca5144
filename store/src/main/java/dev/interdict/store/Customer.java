package dev.interdict.store;

import dev.interdict.store.internal.Hashing;
import dev.interdict.store.internal.Json;
import java.util.Arrays;
import java.util.Objects;

/**
 * A customer of one tenant, as screened: the name and the attributes that confirm or contradict a match.
 *
 * @param id        the tenant's own customer id (1..200 characters)
 * @param name      the name to screen
 * @param schema    FtM schema name ({@code Person}, {@code Company}, ...) or {@code null}
 * @param birthDate {@code YYYY[-MM[-DD]]} or {@code null}
 * @param country   ISO code or country text, or {@code null}
 */
public record Customer(String id, String name, String schema, String birthDate, String country) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** SHA-256 over the screened fields: a change of any of them makes the customer "changed". */
    public String dataHash() {
        return Hashing.sha256(Json.write(Arrays.asList(name, schema, birthDate, country)));
    }
}
