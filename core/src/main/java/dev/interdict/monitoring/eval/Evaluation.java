package dev.interdict.monitoring.eval;

import dev.interdict.monitoring.Alert;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores alerts against labels over the time range [{@code from}, {@code to}). Positives are the accounts and
 * transactions of SAR patterns with a labelled transaction in the range; everything else flagged (including the
 * accounts of benign look-alike patterns) is a false positive. An alert counts in the range when its last
 * transaction does; a flagged transaction counts when its own timestamp does.
 */
public final class Evaluation {

    /** Precision, recall, F1 over counts. */
    public record Score(long truePositives, long flagged, long positives) {
        public double precision() {
            return flagged == 0 ? 0 : (double) truePositives / flagged;
        }

        public double recall() {
            return positives == 0 ? 0 : (double) truePositives / positives;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, flagged %d, positives %d)",
                    precision(), recall(), f1(), truePositives, flagged, positives);
        }
    }

    /** The figures of one evaluation. */
    public record Report(Score accounts, Score transactions, Map<String, Score> accountsByTruthTypology,
            Map<String, Score> transactionsByTruthTypology, Map<String, Score> accountsByDetector,
            int benignAccounts, int benignAccountsFlagged, long alerts) {

        public String render(String title) {
            StringBuilder b = new StringBuilder();
            b.append(title).append('\n');
            b.append("  alerts: ").append(alerts).append('\n');
            b.append("  accounts:     ").append(accounts).append('\n');
            b.append("  transactions: ").append(transactions).append('\n');
            b.append("  benign look-alike accounts flagged: ").append(benignAccountsFlagged).append(" of ")
                    .append(benignAccounts).append('\n');
            b.append("  recall by labelled typology (accounts | transactions):\n");
            for (String t : accountsByTruthTypology.keySet()) {
                Score a = accountsByTruthTypology.get(t);
                Score x = transactionsByTruthTypology.get(t);
                b.append(String.format(Locale.ROOT, "    %-16s %.3f (%d/%d) | %.3f (%d/%d)%n", t, a.recall(),
                        a.truePositives(), a.positives(), x.recall(), x.truePositives(), x.positives()));
            }
            b.append("  precision by detector (accounts):\n");
            for (Map.Entry<String, Score> e : accountsByDetector.entrySet()) {
                Score s = e.getValue();
                b.append(String.format(Locale.ROOT, "    %-20s %.3f (%d/%d)%n", e.getKey(), s.precision(),
                        s.truePositives(), s.flagged()));
            }
            return b.toString();
        }
    }

    private Evaluation() {
    }

    /**
     * @param txTime timestamp of every transaction id (to place flagged transactions in time)
     */
    public static Report evaluate(List<Alert> alerts, List<Label> labels, Map<String, Long> txTime, long from,
            long to) {
        Set<String> posAccounts = new HashSet<>();
        Set<String> posTx = new HashSet<>();
        Set<String> benign = new HashSet<>();
        Map<String, Set<String>> accByType = new TreeMap<>();
        Map<String, Set<String>> txByType = new TreeMap<>();
        for (Label l : labels) {
            if (l.timestamp() < from || l.timestamp() >= to) {
                continue;
            }
            if (l.sar()) {
                posAccounts.add(l.from());
                posAccounts.add(l.to());
                posTx.add(l.txId());
                accByType.computeIfAbsent(l.typology(), k -> new HashSet<>()).add(l.from());
                accByType.get(l.typology()).add(l.to());
                txByType.computeIfAbsent(l.typology(), k -> new HashSet<>()).add(l.txId());
            } else {
                benign.add(l.from());
                benign.add(l.to());
            }
        }
        benign.removeAll(posAccounts);
        Set<String> flaggedAccounts = new HashSet<>();
        Set<String> flaggedTx = new HashSet<>();
        Map<String, Set<String>> byDetector = new TreeMap<>();
        long n = 0;
        for (Alert a : alerts) {
            if (a.end() >= from && a.end() < to) {
                n++;
                flaggedAccounts.addAll(a.accounts());
                byDetector.computeIfAbsent(a.typology(), k -> new HashSet<>()).addAll(a.accounts());
            }
            for (String t : a.transactions()) {
                Long ts = txTime.get(t);
                if (ts != null && ts >= from && ts < to) {
                    flaggedTx.add(t);
                }
            }
        }
        Map<String, Score> accT = new TreeMap<>();
        Map<String, Score> txT = new TreeMap<>();
        for (String t : accByType.keySet()) {
            accT.put(t, score(flaggedAccounts, accByType.get(t)));
            txT.put(t, score(flaggedTx, txByType.get(t)));
        }
        Map<String, Score> det = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : byDetector.entrySet()) {
            det.put(e.getKey(), score(e.getValue(), posAccounts));
        }
        int benignFlagged = 0;
        for (String b : benign) {
            if (flaggedAccounts.contains(b)) {
                benignFlagged++;
            }
        }
        return new Report(score(flaggedAccounts, posAccounts), score(flaggedTx, posTx), accT, txT, det,
                benign.size(), benignFlagged, n);
    }

    private static Score score(Set<String> flagged, Set<String> positives) {
        long tp = 0;
        for (String f : flagged) {
            if (positives.contains(f)) {
                tp++;
            }
        }
        return new Score(tp, flagged.size(), positives.size());
    }

    /** Convenience: a map from id to timestamp, filled by the caller while reading transactions. */
    public static Map<String, Long> newTimeIndex() {
        return new HashMap<>();
    }
}
