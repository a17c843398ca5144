/**
 * Transaction monitoring: typology detectors over a stream of {@link dev.interdict.monitoring.Transaction
 * transactions} in event-time order, producing {@link dev.interdict.monitoring.Alert alerts}.
 *
 * <p>How it is built so that one detector code base runs in every host:
 * <ul>
 *   <li>every transaction is processed as two keyed half-events: the <em>outbound</em> side at the originating
 *       account, then the <em>inbound</em> side at the beneficiary account, with a small {@link
 *       dev.interdict.monitoring.Carry} passed from the first to the second (in Apache Flink: {@code keyBy(orig)} →
 *       process → {@code keyBy(bene)} → process);</li>
 *   <li>a {@link dev.interdict.monitoring.Detector} sees only the {@link dev.interdict.monitoring.AccountState} of the
 *       key it runs on, through an {@link dev.interdict.monitoring.AccountContext} that the host implements
 *       (state, event-time timers, alert output) — the in-memory host is {@link dev.interdict.monitoring.Engine};</li>
 *   <li>state is bounded: edges older than the longest rule window and counterparties silent for longer than the
 *       novelty horizon are dropped, and idle accounts are evicted by the host.</li>
 * </ul>
 * Parameters of every detector live in {@link dev.interdict.monitoring.Rules} (JSON, default set
 * {@code default-rules.json} beside this package).
 *
 * <p>What must not live here: file formats and readers ({@code monitoring.io}), the synthetic generator
 * ({@code monitoring.synth}), evaluation against labels ({@code monitoring.eval}), threads, I/O, clocks. Detectors
 * must never read ground-truth labels.
 */
package dev.interdict.monitoring;
