package dev.interdict.model;

import java.util.Locale;

/**
 * The kind of thing a list entry designates, after FollowTheMoney's schemata.
 *
 * <p>{@link #LEGAL_ENTITY} is the common parent of organisations and companies; a list entry whose kind the source
 * does not state is a legal entity. {@link #matches(Schema)} says whether a query of one schema may match an entry
 * of another: a person never matches a vessel, an organisation may match a company.
 */
public enum Schema {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COMPANY("Company"),
    LEGAL_ENTITY("LegalEntity"),
    VESSEL("Vessel"),
    AIRCRAFT("Aircraft"),
    CRYPTO_WALLET("CryptoWallet");

    private final String ftmName;

    Schema(String ftmName) {
        this.ftmName = ftmName;
    }

    /** The FollowTheMoney schema name, e.g. {@code Person}. */
    public String ftmName() {
        return ftmName;
    }

    /** True for organisations, companies and unspecified legal entities. */
    public boolean isOrganisation() {
        return this == ORGANIZATION || this == COMPANY || this == LEGAL_ENTITY;
    }

    /**
     * Whether a query of this schema can be the same thing as an entry of {@code other}. {@code LEGAL_ENTITY} is
     * compatible with every schema but vessels and aircraft are only compatible with themselves and with
     * {@code LEGAL_ENTITY} (an unqualified query).
     */
    public boolean matches(Schema other) {
        if (this == other || this == LEGAL_ENTITY || other == LEGAL_ENTITY) {
            return true;
        }
        return this.isOrganisation() && other.isOrganisation();
    }

    /**
     * Parses a schema from a FtM name ({@code Person}), an enum name ({@code CRYPTO_WALLET}) or a common word
     * ({@code individual}, {@code entity}, {@code org}). Returns {@code null} for blank input.
     *
     * @throws IllegalArgumentException for an unknown value
     */
    public static Schema parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
        return switch (v) {
            case "person", "individual", "people", "natural" -> PERSON;
            case "organization", "organisation", "org" -> ORGANIZATION;
            case "company", "business" -> COMPANY;
            case "legalentity", "entity", "" -> LEGAL_ENTITY;
            case "vessel", "ship" -> VESSEL;
            case "aircraft", "airplane" -> AIRCRAFT;
            case "cryptowallet", "wallet" -> CRYPTO_WALLET;
            default -> throw new IllegalArgumentException("unknown schema '" + value
                    + "': expected one of Person, Organization, Company, LegalEntity, Vessel, Aircraft, CryptoWallet");
        };
    }

    /** Looks up a schema by its FtM name; {@code null} when unknown. */
    public static Schema fromFtm(String name) {
        for (Schema s : values()) {
            if (s.ftmName.equals(name)) {
                return s;
            }
        }
        return null;
    }
}
