/**
 * Benchmarks and evaluation harnesses; never part of the product jar. {@code PaymentsLoadBench}: open-loop,
 * fixed-rate parse + screen + decide latency and throughput for payment messages, with parse-only as reference.
 * {@code SdnCsv} is a bench-only interim list reader until ListLoader lands.
 */
package dev.interdict.bench;
