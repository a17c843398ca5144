/**
 * Measuring screening accuracy: {@link dev.interdict.screening.eval.VariantGenerator} (seeded, documented
 * spelling variants of listed names, split into tuning and held-back halves by a stable hash of the entity),
 * {@link dev.interdict.screening.eval.EvalData} (readers of the evaluation sets: negatives, congress names,
 * pairwise files) and {@link dev.interdict.screening.eval.Evaluation} (recall, false-positive rates, curves).
 * Used by the CI guard test and by the {@code bench} harness; the screener never calls into it.
 */
package dev.interdict.screening.eval;
