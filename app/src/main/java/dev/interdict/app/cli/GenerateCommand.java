package dev.interdict.app.cli;

import dev.interdict.monitoring.Transaction;
import dev.interdict.monitoring.synth.Generator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interdict generate}: writes a synthetic bank with planted cartel-finance cases: {@code accounts.csv},
 * {@code transactions.csv} (read it back with {@code monitor --format csv}) and {@code truth.csv}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate synthetic customers, accounts and transactions with planted cartel-finance cases.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--customers", defaultValue = "1000", description = "Number of customers. Default: ${DEFAULT-VALUE}.")
    int customers;

    @Option(names = "--days", defaultValue = "365", description = "Days of transactions. Default: ${DEFAULT-VALUE}.")
    int days;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--plant-rate", defaultValue = "0.01",
            description = "Planted cases per customer. Default: ${DEFAULT-VALUE}.")
    double plantRate;

    @Option(names = "--output", required = true, description = "Folder to write into (created if missing).")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Generator g;
        try {
            g = new Generator(customers, days, seed, plantRate);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new CliException(ExitCodes.CANT_CREATE, "cannot create folder " + output + ": " + e.getMessage());
        }
        try (BufferedWriter w = Files.newBufferedWriter(output.resolve("accounts.csv"), StandardCharsets.UTF_8)) {
            w.write("acct_id,name,state,branch\n");
            for (Generator.Account a : g.accounts()) {
                w.write(a.id() + "," + a.name() + "," + a.state() + "," + a.branch() + "\n");
            }
        }
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(output.resolve("transactions.csv"), StandardCharsets.UTF_8)) {
            w.write("id,timestamp,from,to,amount,kind,branch,region,from_country,to_country,counterparty_name\n");
            for (Iterator<Transaction> it = g.transactions(); it.hasNext(); n++) {
                Transaction t = it.next();
                w.write(t.id() + "," + java.time.Instant.ofEpochMilli(t.timestamp()) + "," + s(t.from()) + ","
                        + s(t.to()) + "," + t.amount() + "," + t.kind() + "," + s(t.branch()) + "," + s(t.region())
                        + "," + s(t.fromCountry()) + "," + s(t.toCountry()) + "," + s(t.counterpartyName()) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(output.resolve("truth.csv"), StandardCharsets.UTF_8)) {
            w.write("case_id,typology,accounts,transactions\n");
            for (Generator.Case c : g.cases()) {
                w.write(c.id() + "," + c.typology() + "," + String.join(" ", c.accounts()) + ","
                        + String.join(" ", c.transactions()) + "\n");
            }
        }
        spec.commandLine().getErr().printf("interdict: %d accounts, %d transactions, %d planted cases -> %s%n", g.accounts().size(), n,
                g.cases().size(), output);
        return ExitCodes.OK;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
