/**
 * Name screening: {@link dev.interdict.screening.Screener} answers "which list entities does this name (with
 * birth date, country, identifiers) match, how strongly, and why".
 *
 * <p>Pipeline per query: normalise ({@code dev.interdict.text}); retrieve candidates from the
 * {@link dev.interdict.screening.NameIndex} (token, phonetic, skeleton, nickname and one-deletion keys), so a
 * query is never compared with every list name; skip the candidates whose {@code ScoreBound} (a true upper
 * bound on the alignment score) cannot reach what could still make a match; score each remaining candidate by token
 * alignment
 * ({@link dev.interdict.screening.NameScorer}: rare tokens weigh more, conflicting tokens count fully, missing
 * name parts lightly); adjust for birth date, country and identifiers; keep the best name per entity. Every
 * {@link dev.interdict.screening.Match} carries an {@link dev.interdict.screening.Explanation}.
 *
 * <p>The default operating point is {@link dev.interdict.screening.Screener#DEFAULT_THRESHOLD}. No I/O here:
 * lists come in as {@link dev.interdict.model.Entity} collections.
 */
package dev.interdict.screening;
