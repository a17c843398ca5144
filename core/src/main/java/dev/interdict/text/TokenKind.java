package dev.interdict.text;

/** What a name token is: a name part that identifies, or a word that does not. */
public enum TokenKind {
    /** A given name, surname or word of an organisation's name. */
    NAME,
    /** A particle that is often dropped or added: de, del, la, y, van, von, al, el, bin, ibn. */
    PARTICLE,
    /** Part of a legal form: S.A. de C.V., LLC, Ltd. */
    LEGAL_FORM,
    /** A generic word that says little about an organisation: the, of, and, for. */
    STOPWORD
}
