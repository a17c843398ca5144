/**
 * Server harnesses (plain mains, re-runnable, results recorded in {@code docs/benchmarks.md} under "Server"):
 * {@link dev.interdict.bench.server.RescreenBenchmark} (delta re-screen of a large customer base after a daily list
 * change) and {@link dev.interdict.bench.server.HttpLoadClient} (single-name screening over HTTP, loopback only).
 */
package dev.interdict.bench.server;
