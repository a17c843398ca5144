package dev.interdict.monitoring.eval;

import dev.interdict.monitoring.io.TransactionCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads ground truth: AMLSim's {@code alert_transactions.csv}. Errors name the line. */
public final class Labels {

    private static final String[] COLUMNS = {"alert_id", "alert_type", "is_sar", "tran_id", "orig_acct", "bene_acct",
        "tran_timestamp"};

    private Labels() {
    }

    public static List<Label> readAmlSim(BufferedReader r) throws IOException {
        String header = r.readLine();
        if (header == null) {
            throw new IllegalArgumentException("line 1: empty file");
        }
        List<String> cols = TransactionCsv.split(header);
        int[] idx = new int[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            idx[i] = cols.indexOf(COLUMNS[i]);
            if (idx[i] < 0) {
                throw new IllegalArgumentException("line 1: no column '" + COLUMNS[i] + "'");
            }
        }
        List<Label> labels = new ArrayList<>();
        String l;
        long line = 1;
        while ((l = r.readLine()) != null) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            List<String> f = TransactionCsv.split(l);
            try {
                labels.add(new Label(f.get(idx[0]), f.get(idx[1]), Boolean.parseBoolean(f.get(idx[2])),
                        f.get(idx[3]), f.get(idx[4]), f.get(idx[5]),
                        java.time.Instant.parse(f.get(idx[6])).toEpochMilli()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + line + ": " + e.getMessage());
            }
        }
        return labels;
    }
}
