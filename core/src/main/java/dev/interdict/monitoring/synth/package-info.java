/**
 * A synthetic bank for the cartel-finance typologies AMLSim lacks: {@link dev.interdict.monitoring.synth.Generator}
 * makes customers, accounts and a stream of transactions (transfers, cash deposits and withdrawals, wires,
 * remittances, with branches, states and countries) with planted structuring, funnel-account, remittance and
 * rapid-movement cases and their ground truth, deterministically from a seed, at any scale (it streams: memory
 * does not grow with the number of transactions).
 *
 * <p>What must not live here: detection logic, file writing (the CLI writes what this produces).
 */
package dev.interdict.monitoring.synth;
