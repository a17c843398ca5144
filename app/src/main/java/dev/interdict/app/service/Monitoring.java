package dev.interdict.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interdict.monitoring.Alert;
import dev.interdict.monitoring.CounterpartyScreen;
import dev.interdict.monitoring.Engine;
import dev.interdict.monitoring.Rules;
import dev.interdict.monitoring.Transaction;
import dev.interdict.monitoring.io.TransactionCsv;
import dev.interdict.screening.Screener;
import dev.interdict.store.Principal;
import dev.interdict.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Transaction monitoring for the server: one {@link Engine} per tenant (default rules), fed JSON lines, with
 * counterparties screened against the active lists. Alerts are stored per tenant ({@code monitoring_alerts}).
 *
 * <p>The engines' state (open windows, account histories, the re-ordering buffer) lives in this process's memory:
 * a restart, or another replica, starts from empty state; stored alerts are kept. An alert is emitted once the
 * engine's event time (the newest timestamp seen, minus the allowed lateness) has passed what it needs.
 */
public final class Monitoring {

    /** The fields of one transaction line: the names the monitoring CSV layer ({@code ColumnMapping.INTERDICT}) uses. */
    public static final Set<String> FIELDS = Set.of("id", "timestamp", "from", "to", "amount", "kind", "branch",
            "region", "from_country", "to_country", "counterparty_name");

    /** What one submission did. */
    public record Submitted(int received, long processed, long late, int alertsRaised, List<Long> alertIds) {
    }

    private static final class TenantEngine {
        final Engine engine;
        final List<Alert> pending = new ArrayList<>();

        TenantEngine(Rules rules, CounterpartyScreen screen) {
            this.engine = new Engine(rules, screen, pending::add);
        }
    }

    private final Store store;
    private final Rules rules;
    private final Clock clock;
    private final CounterpartyScreen exposure;
    private final Map<Long, TenantEngine> engines = new ConcurrentHashMap<>();

    public Monitoring(Store store, ActiveLists lists, Rules rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
        this.exposure = CounterpartyScreening.of(lists, Screener.DEFAULT_THRESHOLD);
    }

    /** Parses every line first (400 listing the bad lines, nothing applied), then feeds the tenant's engine. */
    public Submitted submit(Principal p, String body) {
        List<Transaction> txs = parse(body);
        TenantEngine te = engines.computeIfAbsent(p.tenantId(), k -> new TenantEngine(rules, exposure));
        synchronized (te) {
            long processed = te.engine.processed();
            long late = te.engine.late();
            for (Transaction t : txs) {
                te.engine.accept(t);
            }
            Instant now = clock.instant();
            List<Long> ids = new ArrayList<>();
            List<Alert> alerts = List.copyOf(te.pending);
            store.inTransaction(h -> {
                for (Alert a : alerts) {
                    store.monitoringAlerts().insertIfNew(h, p.tenantId(), a.alertId(), a.typology(), a.accounts(),
                            a.transactions(), Instant.ofEpochMilli(a.start()), Instant.ofEpochMilli(a.end()),
                            a.amount(), a.score(), a.explanation(), now).ifPresent(ids::add);
                }
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("transactions", txs.size());
                detail.put("alerts_raised", ids.size());
                store.audit().append(h, p.tenantId(), p.actor(), "transactions.submit", "monitoring", detail, now);
                return null;
            });
            te.pending.clear(); // kept for the next submission if the commit above failed
            return new Submitted(txs.size(), te.engine.processed() - processed, te.engine.late() - late, ids.size(),
                    List.copyOf(ids));
        }
    }

    /** Every line as a transaction, or a {@link ValidationException} naming each bad line. */
    public static List<Transaction> parse(String body) {
        List<Transaction> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(transaction(Json.MAPPER.readTree(line)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                errors.add("line " + (i + 1) + ": invalid JSON: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                errors.add("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (out.isEmpty()) {
            throw new ValidationException("no transactions in the body (one JSON object per line)");
        }
        return out;
    }

    static Transaction transaction(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        for (var it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "'");
            }
        }
        String id = text(n, "id");
        if (id == null) {
            throw new IllegalArgumentException("id is required");
        }
        String ts = text(n, "timestamp");
        if (ts == null) {
            throw new IllegalArgumentException("timestamp is required");
        }
        JsonNode amt = n.get("amount");
        if (amt == null || amt.isNull()) {
            throw new IllegalArgumentException("amount is required");
        }
        double amount;
        if (amt.isNumber()) {
            amount = amt.asDouble();
        } else {
            try {
                amount = Double.parseDouble(amt.asText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("amount is not a number: '" + amt.asText() + "'");
            }
        }
        return new Transaction(id, TransactionCsv.timestamp(ts), text(n, "from"), text(n, "to"), amount,
                TransactionCsv.kind(text(n, "kind")), text(n, "branch"), text(n, "region"),
                upper(text(n, "from_country")), upper(text(n, "to_country")), text(n, "counterparty_name"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException(field + " must be a string or number");
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
