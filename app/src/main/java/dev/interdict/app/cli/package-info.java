/**
 * The command line: {@link dev.interdict.app.cli.Cli#commandLine()} wires every command (screen, compare, lists,
 * payments, monitor, monitor-eval, generate, serve, admin, audit); {@link dev.interdict.app.cli.Cli#run} turns
 * every failure into one line on stderr and a sysexits code ({@link dev.interdict.app.cli.ExitCodes}). Commands
 * are thin adapters: parse options, call an engine in {@code core} or a service, write the output.
 */
package dev.interdict.app.cli;
