package dev.interdict.text;

/**
 * One token of a normalised name with its comparison keys.
 *
 * @param text     folded text: lower-case ASCII letters and digits
 * @param kind     name part, particle, legal form or stopword
 * @param phonetic {@link Phonetics#spanish(String)} key
 * @param skeleton {@link Phonetics#skeleton(String)} key
 * @param transliterated true when the token was written in a non-Latin script and romanised by
 *                       {@link Transliteration}: its spelling is one machine romanisation among many
 * @param joined   true when the token continues the word written before it (Il-Nam, Husam-al-Din, Abdulali read
 *                 as abd ali): the parts of one written given name
 */
public record NameToken(String text, TokenKind kind, String phonetic, String skeleton, boolean transliterated,
        boolean joined) {

    public static NameToken of(String text, TokenKind kind) {
        return of(text, kind, false);
    }

    public static NameToken of(String text, TokenKind kind, boolean transliterated) {
        return of(text, kind, transliterated, false);
    }

    public static NameToken of(String text, TokenKind kind, boolean transliterated, boolean joined) {
        return new NameToken(text, kind, Phonetics.spanish(text), Phonetics.skeleton(text), transliterated, joined);
    }

    public boolean isName() {
        return kind == TokenKind.NAME;
    }

    public boolean isInitial() {
        return text.length() == 1;
    }
}
