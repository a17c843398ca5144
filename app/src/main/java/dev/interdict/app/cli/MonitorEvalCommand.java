package dev.interdict.app.cli;

import dev.interdict.monitoring.Alert;
import dev.interdict.monitoring.io.ColumnMapping;
import dev.interdict.monitoring.eval.Evaluation;
import dev.interdict.monitoring.eval.Label;
import dev.interdict.monitoring.eval.Labels;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interdict monitor-eval}: runs monitoring over a labelled AMLSim folder and prints precision, recall and F1
 * for the training half (days before {@code --split-day}) and the later half. Labels are read only here, after
 * detection.
 */
@Command(name = "monitor-eval", mixinStandardHelpOptions = true,
        description = "Measure monitoring on labelled AMLSim data (transactions.csv + alert_transactions.csv).")
public final class MonitorEvalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "AMLSim output folder.")
    Path data;

    @Option(names = "--rules", description = "Rules file (JSON, merged over the default set).")
    Path rules;

    @Option(names = "--split-day", defaultValue = "360",
            description = "Days from the first transaction that end the training half. Default: ${DEFAULT-VALUE}.")
    int splitDay;

    @Option(names = "--phase", defaultValue = "both", description = "train, test or both. Default: ${DEFAULT-VALUE}.")
    String phase;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!List.of("train", "test", "both").contains(phase)) {
            throw CliException.usage("--phase must be train, test or both, got '" + phase + "'");
        }
        var r = MonitorSupport.rules(rules);
        Path txFile = data.resolve("transactions.csv");
        Path labelFile = data.resolve("alert_transactions.csv");
        MonitorSupport.requireFile(txFile, "transactions");
        MonitorSupport.requireFile(labelFile, "labels");
        Map<String, Long> times = Evaluation.newTimeIndex();
        long[] first = {Long.MAX_VALUE};
        List<Alert> alerts = new ArrayList<>();
        MonitorSupport.run(txFile, ColumnMapping.AMLSIM, r, t -> {
            times.put(t.id(), t.timestamp());
            first[0] = Math.min(first[0], t.timestamp());
        }, alerts::add);
        List<Label> labels = labels(labelFile);
        long day0 = Math.floorDiv(first[0], 86_400_000L) * 86_400_000L;
        long split = day0 + splitDay * 86_400_000L;
        var out = spec.commandLine().getOut();
        if (!phase.equals("test")) {
            out.print(Evaluation.evaluate(alerts, labels, times, Long.MIN_VALUE, split)
                    .render("training half (days 0-" + (splitDay - 1) + "):"));
        }
        if (!phase.equals("train")) {
            out.print(Evaluation.evaluate(alerts, labels, times, split, Long.MAX_VALUE)
                    .render("later half (days " + splitDay + "-):"));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static List<Label> labels(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Labels.readAmlSim(r);
        } catch (IllegalArgumentException e) {
            throw CliException.badData(file + ": " + e.getMessage());
        }
    }
}
