package dev.interdict.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interdict.store.Principal;
import dev.interdict.store.Role;
import dev.interdict.store.Store;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Access control, table-driven over the route table itself ({@link Api#routes}), so a new route is covered the
 * day it is added: every role can do exactly what {@link Access} grants, and no tenant can read or change another
 * tenant's data through any route. Run on H2 ({@code H2AccessTest}) and PostgreSQL ({@code PostgresAccessIT}).
 */
abstract class AccessContract {

    TestServer s;

    abstract Store open();

    @BeforeEach
    void setUp() {
        s = new TestServer(open());
    }

    @AfterEach
    void tearDown() {
        if (s != null) { // null when the database was not available and the test was skipped
            s.close();
        }
    }

    /** A body that gets past parsing for the route (it may still be refused as invalid: 400 is fine). */
    static String bodyFor(Route r) {
        return switch (r.path()) {
            case "/api/v1/screen" -> "{\"name\":\"Someone\"}";
            case "/api/v1/screen/batch" -> "{\"queries\":[{\"name\":\"Someone\"}]}";
            case "/api/v1/customers" -> "{\"id\":\"b-own\",\"name\":\"Bravo Own Customer\"}\n";
            case "/api/v1/customers/{id}" -> "{\"name\":\"Hacked Name\"}";
            case "/api/v1/alerts/{id}/decision" -> "{\"decision\":\"true_match\",\"reason\":\"hijack\"}";
            case "/api/v1/suppressions/{id}/revoke" -> "{\"reason\":\"hijack\"}";
            case "/api/v1/keys" -> "{\"role\":\"analyst\"}";
            case "/api/v1/payments/screen" -> "{1:F01CHASUS33AXXX0000000000}{2:I103BNMXMXMMXXXXN}{4:\n:20:B1\n-}";
            case "/api/v1/ledger/{id}/release" -> "{\"licence\":\"L-hijack\"}";
            case "/api/v1/ledger/{id}/deny" -> "{\"reason\":\"hijack\"}";
            case "/api/v1/transactions" -> "{\"id\":\"b-tx\",\"timestamp\":\"2026-01-01\",\"from\":\"B1\","
                    + "\"to\":\"B2\",\"amount\":10}\n";
            default -> r.maxBody() > 0 ? "{}" : null;
        };
    }

    static String contentType(Route r) {
        return switch (r.path()) {
            case "/api/v1/lists/import", "/api/v1/payments/screen" -> "text/plain";
            case "/api/v1/transactions", "/api/v1/customers" -> "application/x-ndjson";
            default -> "application/json";
        };
    }

    @Test
    void everyRoleCanDoExactlyWhatThePermissionTableGrants() {
        List<String> failures = new ArrayList<>();
        for (Role role : Role.values()) {
            String key = s.key("roles", role);
            for (Route r : Api.routes(s.engines)) {
                String path = r.path().replace("{id}", "999999").replace("{prefix}", "idk_nothing1")
                        + (r.path().equals("/api/v1/lists/import") ? "?filename=t.txt" : "");
                HttpResponse<String> res = s.send(r.method(), path, key, contentType(r), bodyFor(r));
                boolean allowed = r.permission() == null || Access.allows(role, r.permission());
                int st = res.statusCode();
                if (allowed ? (st == 401 || st == 403 || (st >= 500 && !r.path().equals("/ready"))) : st != 403) {
                    failures.add(role + " " + r.method() + " " + r.path() + " -> " + st + " " + res.body());
                }
                if (r.permission() != null && s.send(r.method(), path, null, contentType(r), bodyFor(r))
                        .statusCode() != 401) {
                    failures.add("no key: " + r.method() + " " + r.path() + " is not 401");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void noTenantCanReadOrChangeAnotherTenantsDataThroughAnyRoute() {
        // tenant A: two customers matching two list entities; one alert left open, one cleared as false positive
        String aAdmin = s.key("bank-a", Role.ADMIN);
        String aAnalyst = s.key("bank-a", Role.ANALYST);
        HttpResponse<String> up = s.send("POST", "/api/v1/lists/import?filename=watch.txt", aAdmin, "text/plain",
                "1|Zorro Quetzalcoatl Maximiliano|SDGT\n2|Ximena Ptolemy Abernathy|\n");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        s.engines.lists().refresh();
        assertThat(s.send("POST", "/api/v1/customers", aAnalyst, "application/x-ndjson",
                "{\"id\":\"secret-cust-1\",\"name\":\"Zorro Quetzalcoatl Maximiliano\"}\n"
                        + "{\"id\":\"secret-cust-2\",\"name\":\"Ximena Ptolemy Abernathy\"}\n").statusCode())
                .isEqualTo(200);
        List<JsonNode> alerts = new ArrayList<>();
        ApiContract.json(s.get("/api/v1/alerts", aAnalyst)).get("alerts").forEach(alerts::add);
        assertThat(alerts).hasSize(2);
        long openAlert = alerts.get(0).get("id").asLong();
        long clearedAlert = alerts.get(1).get("id").asLong();
        assertThat(s.post("/api/v1/alerts/" + clearedAlert + "/decision", aAnalyst,
                "{\"decision\":\"false_positive\",\"reason\":\"not him\"}").statusCode()).isEqualTo(200);
        long suppression = ApiContract.json(s.get("/api/v1/suppressions", aAnalyst)).get("suppressions").get(0)
                .get("id").asLong();
        // a blocked payment on A's ledger, with a pending release, and a monitoring alert
        HttpResponse<String> blocked = s.send("POST", "/api/v1/payments/screen", aAnalyst, "text/plain",
                ApiContract.MT103_BLOCK.replace("CARTEL DE JALISCO NUEVA GENERACION", "ZORRO QUETZALCOATL MAXIMILIANO"));
        JsonNode decision = ApiContract.json(blocked).get("decisions").get(0);
        assertThat(decision.get("decision").asText()).as(blocked.body()).isEqualTo("BLOCK");
        String ledgerId = decision.get("ledger_id").asText();
        assertThat(s.post("/api/v1/ledger/" + ledgerId + "/release", s.key("bank-a", Role.SUPERVISOR),
                "{\"licence\":\"L-A\",\"note\":\"not him\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> txs = s.send("POST", "/api/v1/transactions", aAnalyst, "application/x-ndjson",
                ApiContract.tx("a-t1", "2026-03-01T10:00:00Z", "A1", "X1", 900, "Zorro Quetzalcoatl Maximiliano") + "\n"
                        + ApiContract.tx("a-t2", "2026-03-04T10:00:00Z", "A2", "X2", 10, null) + "\n");
        assertThat(ApiContract.json(txs).get("alerts_raised").asInt()).as(txs.body()).isEqualTo(1);
        long monitoringAlert = ApiContract.json(s.get("/api/v1/alerts?kind=monitoring", aAnalyst)).get("alerts")
                .get(0).get("id").asLong();
        String aPrefix = aAdmin.substring(0, 12);
        String before = snapshotOfTenantA(aAnalyst);

        // tenant B, with every role, calls every route aimed at A's ids; reads first, then changes
        List<Route> routes = new ArrayList<>(Api.routes(s.engines));
        routes.sort(Comparator.comparing(r -> r.method().equals("GET") ? 0 : 1));
        List<String> failures = new ArrayList<>();
        for (Role role : Role.values()) {
            String bKey = s.key("bank-b", role);
            for (Route r : routes) {
                String id = r.path().startsWith("/api/v1/customers/") ? "secret-cust-1"
                        : r.path().startsWith("/api/v1/ledger/") ? ledgerId
                        : r.path().startsWith("/api/v1/monitoring/alerts/") ? Long.toString(monitoringAlert)
                        : r.path().startsWith("/api/v1/alerts/") ? Long.toString(openAlert)
                        : r.path().startsWith("/api/v1/suppressions/") ? Long.toString(suppression) : "1";
                String path = r.path().replace("{id}", id).replace("{prefix}", aPrefix)
                        + (r.path().equals("/api/v1/lists/import") ? "?filename=other.txt" : "");
                HttpResponse<String> res = s.send(r.method(), path, bKey, contentType(r), bodyFor(r));
                // markers only tenant A's data holds (B's requests never send them)
                if (res.body().contains("secret-cust-2") || res.body().contains("Zorro")
                        || res.body().contains("not him")) {
                    failures.add(role + " " + r.method() + " " + path + " leaked tenant A data: " + res.body());
                }
                if (r.path().contains("{") && !r.path().startsWith("/api/v1/customers/") && res.statusCode() < 300) {
                    failures.add(role + " " + r.method() + " " + path + " reached tenant A's object: "
                            + res.statusCode() + " " + res.body());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(snapshotOfTenantA(aAnalyst)).isEqualTo(before);
        Principal stillValid = s.store.withHandle(h -> s.store.apiKeys().authenticate(h, aAdmin)).orElseThrow();
        assertThat(stillValid.tenantName()).isEqualTo("bank-a");
    }

    /** Everything of tenant A an analyst can read, as text. */
    String snapshotOfTenantA(String key) {
        return s.get("/api/v1/customers?limit=1000", key).body() + s.get("/api/v1/alerts?limit=1000", key).body()
                + s.get("/api/v1/suppressions", key).body() + s.get("/api/v1/ledger", key).body();
    }
}
