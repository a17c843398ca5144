package dev.interdict.text;

/**
 * One token of a normalised name with its comparison keys.
 *
 * @param text     folded text: lower-case ASCII letters and digits
 * @param kind     name part, particle, legal form or stopword
 * @param phonetic {@link Phonetics#spanish(String)} key
 * @param skeleton {@link Phonetics#skeleton(String)} key
 */
public record NameToken(String text, TokenKind kind, String phonetic, String skeleton) {

    public static NameToken of(String text, TokenKind kind) {
        return new NameToken(text, kind, Phonetics.spanish(text), Phonetics.skeleton(text));
    }

    public boolean isName() {
        return kind == TokenKind.NAME;
    }

    public boolean isInitial() {
        return text.length() == 1;
    }
}
