package dev.interdict.monitoring.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which header column holds which {@link dev.interdict.monitoring.Transaction} field. Required: id, timestamp,
 * from, to, amount; the rest may be absent. Written on the command line as {@code field=column,...}.
 */
public record ColumnMapping(String id, String timestamp, String from, String to, String amount, String kind,
        String branch, String region, String fromCountry, String toCountry, String counterpartyName) {

    /** IBM AMLSim's {@code transactions.csv}: label columns are deliberately not mapped. */
    public static final ColumnMapping AMLSIM = new ColumnMapping("tran_id", "tran_timestamp", "orig_acct",
            "bene_acct", "base_amt", "tx_type", null, null, null, null, null);

    /** The layout written by Interdict's own generator. */
    public static final ColumnMapping INTERDICT = new ColumnMapping("id", "timestamp", "from", "to", "amount", "kind",
            "branch", "region", "from_country", "to_country", "counterparty_name");

    /**
     * Parses {@code field=column,...} over the {@link #INTERDICT} defaults, for example
     * {@code id=txn,timestamp=date,from=payer,to=payee,amount=amt}.
     */
    public static ColumnMapping parse(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", INTERDICT.id);
        m.put("timestamp", INTERDICT.timestamp);
        m.put("from", INTERDICT.from);
        m.put("to", INTERDICT.to);
        m.put("amount", INTERDICT.amount);
        m.put("kind", INTERDICT.kind);
        m.put("branch", INTERDICT.branch);
        m.put("region", INTERDICT.region);
        m.put("fromCountry", INTERDICT.fromCountry);
        m.put("toCountry", INTERDICT.toCountry);
        m.put("counterpartyName", INTERDICT.counterpartyName);
        if (spec != null && !spec.isBlank()) {
            for (String part : spec.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("column mapping: expected field=column, got '" + part + "'");
                }
                String field = part.substring(0, eq).trim();
                if (!m.containsKey(field)) {
                    throw new IllegalArgumentException("column mapping: unknown field '" + field + "' (known: "
                            + String.join(", ", m.keySet()) + ")");
                }
                String col = part.substring(eq + 1).trim();
                m.put(field, col.isEmpty() ? null : col);
            }
        }
        return new ColumnMapping(m.get("id"), m.get("timestamp"), m.get("from"), m.get("to"), m.get("amount"),
                m.get("kind"), m.get("branch"), m.get("region"), m.get("fromCountry"), m.get("toCountry"),
                m.get("counterpartyName"));
    }
}
