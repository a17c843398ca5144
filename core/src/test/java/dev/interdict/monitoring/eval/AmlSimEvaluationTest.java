package dev.interdict.monitoring.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.monitoring.Alert;
import dev.interdict.monitoring.CounterpartyScreen;
import dev.interdict.monitoring.Engine;
import dev.interdict.monitoring.Rules;
import dev.interdict.monitoring.Transaction;
import dev.interdict.monitoring.io.ColumnMapping;
import dev.interdict.monitoring.io.TransactionCsv;
import dev.interdict.testing.SharedData;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default rules on AMLSim 5k (seed 42): guards the figures in docs/monitoring.md against regressions.
 * Thresholds sit a little below the measured values.
 */
class AmlSimEvaluationTest {

    @Test
    void defaultRulesMeetTheTargetsOnBothHalves() throws Exception {
        Path dir = SharedData.require("aml/amlsim-5k-seed42/transactions.csv").getParent();
        List<Alert> alerts = new ArrayList<>();
        Map<String, Long> times = new HashMap<>();
        Engine engine = new Engine(Rules.defaults(), CounterpartyScreen.NONE, alerts::add);
        long first = Long.MAX_VALUE;
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("transactions.csv"))) {
            for (TransactionCsv csv = new TransactionCsv(r, ColumnMapping.AMLSIM); csv.hasNext(); ) {
                Transaction t = csv.next();
                times.put(t.id(), t.timestamp());
                first = Math.min(first, t.timestamp());
                engine.accept(t);
            }
        }
        engine.finish();
        List<Label> labels;
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("alert_transactions.csv"))) {
            labels = Labels.readAmlSim(r);
        }
        long split = first + 360 * Rules.DAY_MS;
        Evaluation.Report train = Evaluation.evaluate(alerts, labels, times, Long.MIN_VALUE, split);
        Evaluation.Report test = Evaluation.evaluate(alerts, labels, times, split, Long.MAX_VALUE);
        assertThat(train.accounts().f1()).isGreaterThan(0.70);
        assertThat(train.transactions().recall()).isGreaterThan(0.80);
        assertThat(test.accounts().f1()).isGreaterThan(0.60);
        assertThat(test.transactions().recall()).isGreaterThan(0.70);
    }
}
