/**
 * Benchmarks and evaluation harnesses; never part of the product jar. {@code ScreeningBench}: list load, index
 * build, single-name latency, batch throughput, heap, with brute-force Jaro-Winkler as reference.
 * {@code PaymentsLoadBench}: open-loop, fixed-rate parse + screen + decide latency and throughput for payment
 * messages, with parse-only as reference. {@code MonitoringBench}: monitoring throughput and heap against a
 * pass-through reference in the same run. Results and commands: docs/benchmarks.md.
 */
package dev.interdict.bench;
