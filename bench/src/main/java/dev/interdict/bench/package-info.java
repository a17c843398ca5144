/**
 * Benchmarks and measurement harnesses: {@link dev.interdict.bench.MonitoringBench} (monitoring throughput and
 * heap against a pass-through reference in the same run). Never part of the product jar; nothing here is called
 * by product code.
 */
package dev.interdict.bench;
