package dev.interdict.app.cli;

import dev.interdict.monitoring.Engine;
import dev.interdict.monitoring.io.ColumnMapping;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interdict monitor}: runs the typology detectors over a transaction file and writes alerts as JSON lines. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Run transaction-monitoring typologies over a file; write one JSON line per alert.")
public final class MonitorCommand implements Callable<Integer> {

    @Option(names = "--rules", description = "Rules file (JSON, merged over the default set).")
    Path rules;

    @Option(names = "--format", defaultValue = "amlsim",
            description = "Input layout: amlsim (IBM AMLSim transactions.csv) or csv (use --columns). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--columns", description = "For --format csv: field=column,... over the defaults "
            + "id,timestamp,from,to,amount,kind,branch,region,from_country,to_country,counterparty_name.")
    String columns;

    @Option(names = "--accounts", description = "Accounts file (checked to exist; not needed by the detectors yet).")
    Path accounts;

    @Option(names = "--transactions", required = true, description = "Transactions file.")
    Path transactions;

    @Option(names = "--output", required = true, description = "Alerts file to write (JSON lines).")
    Path output;

    @Option(names = "--lists", paramLabel = "PATH",
            description = "Sanctions lists to screen named counterparties against (exposure typology); repeatable.")
    java.util.List<Path> lists = new java.util.ArrayList<>();

    @Option(names = "--exposure-threshold", paramLabel = "T",
            description = "Screening score at which a counterparty counts as listed, 0..1 (default: ${DEFAULT-VALUE}).")
    double exposureThreshold = dev.interdict.screening.Screener.DEFAULT_THRESHOLD;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ColumnMapping mapping = mapping(format, columns);
        if (accounts != null) {
            MonitorSupport.requireFile(accounts, "accounts");
        }
        var r = MonitorSupport.rules(rules);
        MonitorSupport.requireFile(transactions, "transactions");
        Engine engine;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             MonitorSupport.JsonLines out = new MonitorSupport.JsonLines(w)) {
            engine = MonitorSupport.run(transactions, mapping, r, exposure(), t -> { }, out);
        } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
            throw new CliException(ExitCodes.CANT_CREATE, "cannot write " + output);
        }
        spec.commandLine().getErr().printf("interdict: %d transactions, %d alerts, %d dropped as late -> %s%n", engine.processed(),
                engine.alerts(), engine.late(), output);
        return ExitCodes.OK;
    }

    private dev.interdict.monitoring.CounterpartyScreen exposure() {
        if (exposureThreshold < 0 || exposureThreshold > 1) {
            throw CliException.usage("--exposure-threshold must be in 0..1, got " + exposureThreshold);
        }
        if (lists.isEmpty()) {
            return dev.interdict.monitoring.CounterpartyScreen.NONE;
        }
        return dev.interdict.app.service.CounterpartyScreening.of(
                dev.interdict.screening.Screener.of(ListOptions.entities(lists)),
                exposureThreshold);
    }

    static ColumnMapping mapping(String format, String columns) {
        switch (format) {
            case "amlsim":
                if (columns != null) {
                    throw CliException.usage("--columns applies to --format csv only");
                }
                return ColumnMapping.AMLSIM;
            case "csv":
                try {
                    return ColumnMapping.parse(columns);
                } catch (IllegalArgumentException e) {
                    throw CliException.usage(e.getMessage());
                }
            default:
                throw CliException.usage("--format must be amlsim or csv, got '" + format + "'");
        }
    }
}
