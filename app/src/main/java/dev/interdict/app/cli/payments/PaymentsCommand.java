package dev.interdict.app.cli.payments;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code interdict payments}: screen payment messages and manage the blocked-funds ledger. */
@Command(name = "payments", mixinStandardHelpOptions = true,
        description = "Screen payment messages (ISO 20022 pacs.008/pacs.009/pain.001, SWIFT MT103/MT202/MT202COV)"
                + " and manage blocked funds.",
        subcommands = {ScreenCommand.class, LedgerCommand.class})
public final class PaymentsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a payments command is required (screen, ledger)");
    }
}
