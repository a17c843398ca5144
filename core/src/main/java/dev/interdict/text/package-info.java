/**
 * The name normalisation pipeline shared by list names and queries: transliteration of non-Latin scripts
 * ({@link dev.interdict.text.Transliteration}: Korean names by {@link dev.interdict.text.Hangul}, common
 * Arabic-script name words by {@link dev.interdict.text.ArabicNames}, the rest by ICU), folding of case, accents
 * and punctuation ({@link dev.interdict.text.Folding}), "LAST, First" order, quoted nicknames, Arabic name elements, legal forms
 * ({@link dev.interdict.text.LegalForms}), particles ({@link dev.interdict.text.Particles}), phonetic keys
 * ({@link dev.interdict.text.Phonetics}), diminutives ({@link dev.interdict.text.Nicknames}) and edit distances.
 *
 * <p>Entry point: {@link dev.interdict.text.NameNormalizer#normalize(String, boolean)}. Pure functions over
 * strings: no knowledge of lists, entities or scores (that is {@code dev.interdict.screening}).
 */
package dev.interdict.text;
