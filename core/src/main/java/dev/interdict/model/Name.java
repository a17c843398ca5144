package dev.interdict.model;

import java.util.Objects;

/**
 * One name of an entity as the source spells it, e.g. {@code OSEGUERA CERVANTES, Nemesio Ruben}.
 *
 * @param value  the name as written in the source (never blank)
 * @param kind   primary, strong alias, weak alias or former name
 * @param script an ISO 15924 script hint when the source gives the name in a non-Latin script, else {@code null}
 */
public record Name(String value, NameKind kind, String script) {

    public Name {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    public Name(String value, NameKind kind) {
        this(value, kind, null);
    }

    public static Name primary(String value) {
        return new Name(value, NameKind.PRIMARY);
    }

    public static Name alias(String value) {
        return new Name(value, NameKind.STRONG_ALIAS);
    }

    public static Name weak(String value) {
        return new Name(value, NameKind.WEAK_ALIAS);
    }
}
