/**
 * The accuracy evaluation harness ({@code EvalMain}: recall per variant category, false-positive rates, the
 * recall/false-positive curve as a PNG, the brute-force Jaro-Winkler reference, OFAC parity) and the tool that
 * derives population name frequencies from the tuning half of the negatives. See docs/accuracy.md.
 */
package dev.interdict.bench.accuracy;
