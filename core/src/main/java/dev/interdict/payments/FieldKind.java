package dev.interdict.payments;

/** What a value of a party is, which decides how it is screened. */
public enum FieldKind {
    /** A name: screened with the fuzzy name matcher. */
    NAME,
    /** A line or part of a postal address: checked against sanctioned regions. */
    ADDRESS,
    /** An ISO 3166 country code (address, residence, birth): checked against sanctioned countries. */
    COUNTRY,
    /** A SWIFT BIC: matched exactly against list identifiers (8 and 11 characters). */
    BIC,
    /** A legal entity identifier: matched exactly. */
    LEI,
    /** An account: IBAN, other account number or proxy: matched exactly. */
    ACCOUNT,
    /** Another identifier (organisation or private ID, clearing member ID, national ID): matched exactly. */
    IDENTIFIER,
    /** A birth date. */
    BIRTH_DATE
}
