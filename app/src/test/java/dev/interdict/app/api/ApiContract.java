package dev.interdict.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interdict.app.service.Json;
import dev.interdict.store.Role;
import dev.interdict.store.Store;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API end to end over a real server, written once and run on H2 ({@code H2ApiTest}) and PostgreSQL
 * ({@code PostgresApiIT}).
 */
abstract class ApiContract {

    static final String LIST_V1 = "1|Zorro Quetzalcoatl Maximiliano|SDGT\n2|Ximena Ptolemy Abernathy|\n";
    TestServer s;
    String admin;
    String analyst;

    abstract Store open();

    @BeforeEach
    void setUp() {
        s = new TestServer(open());
        admin = s.key("bank-a", Role.ADMIN);
        analyst = s.key("bank-a", Role.ANALYST);
    }

    @AfterEach
    void tearDown() {
        if (s != null) { // null when the database was not available and the test was skipped
            s.close();
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    /** Uploads a test list and waits until its delta re-screen has finished; returns the version id. */
    long upload(String filename, String content) {
        HttpResponse<String> r = s.send("POST", "/api/v1/lists/import?filename=" + filename, admin, "text/plain",
                content);
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        long id = json(r).get("version_id").asLong();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (JsonNode v : json(s.get("/api/v1/lists", admin)).get("versions")) {
                if (v.get("id").asLong() == id && !v.get("rescreened_at").isNull()) {
                    return id;
                }
            }
            sleep(50);
        }
        throw new AssertionError("re-screen of version " + id + " did not finish");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<JsonNode> alerts(String key, String query) {
        List<JsonNode> out = new ArrayList<>();
        json(s.get("/api/v1/alerts" + query, key)).get("alerts").forEach(out::add);
        return out;
    }

    @Test
    void screensOneNameAndABatchWithExplanations() {
        upload("watch.txt", LIST_V1);
        String screener = s.key("bank-a", Role.ANALYST);
        HttpResponse<String> r = s.post("/api/v1/screen", screener,
                "{\"name\":\"Zorro Quetzalcoatl Maximiliano\",\"schema\":\"Person\",\"birth_date\":\"1970\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode m = json(r).get("matches").get(0);
        assertThat(m.get("list").asText()).isEqualTo("watch");
        assertThat(m.get("source_id").asText()).isEqualTo("1");
        assertThat(m.get("score").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(m.get("programs").get(0).asText()).isEqualTo("SDGT");
        assertThat(m.get("explanation").get("text").asText()).contains("score");

        StringBuilder batch = new StringBuilder("{\"queries\":[");
        for (int i = 0; i < 1000; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"id\":\"q").append(i).append("\",\"name\":\"")
                    .append(i == 7 ? "Ximena Ptolemy Abernathy" : "Nobody Atall " + i).append("\"}");
        }
        HttpResponse<String> b = s.post("/api/v1/screen/batch", screener, batch + "]}");
        assertThat(b.statusCode()).as(b.body()).isEqualTo(200);
        JsonNode results = json(b).get("results");
        assertThat(results.size()).isEqualTo(1000);
        assertThat(results.get(7).get("id").asText()).isEqualTo("q7");
        assertThat(results.get(7).get("matches").get(0).get("source_id").asText()).isEqualTo("2");
        HttpResponse<String> tooMany = s.post("/api/v1/screen/batch", screener,
                batch + ",{\"name\":\"one too many\"}]}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany).get("error").asText()).contains("at most 1000");
    }

    @Test
    void customersAreScreenedOnImportAndDecisionsSuppressUntilTheDataChanges() {
        long v1 = upload("watch.txt", LIST_V1);
        HttpResponse<String> imp = s.send("POST", "/api/v1/customers", analyst, "application/x-ndjson",
                "{\"id\":\"c1\",\"name\":\"Zorro Quetzalcoatl Maximiliano\",\"country\":\"MX\"}\n"
                        + "{\"id\":\"c2\",\"name\":\"Plain Ordinary Person\"}\n");
        assertThat(imp.statusCode()).as(imp.body()).isEqualTo(200);
        assertThat(json(imp).get("created").asInt()).isEqualTo(2);
        assertThat(json(imp).get("alerts_raised").asInt()).isEqualTo(1);
        List<JsonNode> open = alerts(analyst, "?status=open");
        assertThat(open).singleElement().satisfies(a -> {
            assertThat(a.get("customer_id").asText()).isEqualTo("c1");
            assertThat(a.get("source_id").asText()).isEqualTo("1");
            assertThat(a.get("status").asText()).isEqualTo("open");
        });
        long first = open.get(0).get("id").asLong();
        JsonNode detail = json(s.get("/api/v1/alerts/" + first, analyst));
        assertThat(detail.get("explanation").get("text").asText()).contains("score");

        // the same customers again: unchanged, not screened, no alert
        HttpResponse<String> again = s.send("POST", "/api/v1/customers", analyst, "application/x-ndjson",
                "{\"id\":\"c1\",\"name\":\"Zorro Quetzalcoatl Maximiliano\",\"country\":\"MX\"}\n");
        assertThat(json(again).get("unchanged").asInt()).isEqualTo(1);
        assertThat(json(again).get("alerts_raised").asInt()).isZero();

        HttpResponse<String> fp = s.post("/api/v1/alerts/" + first + "/decision", analyst,
                "{\"decision\":\"false_positive\",\"reason\":\"different date of birth on file\"}");
        assertThat(fp.statusCode()).as(fp.body()).isEqualTo(200);
        assertThat(s.post("/api/v1/alerts/" + first + "/decision", analyst,
                "{\"decision\":\"true_match\",\"reason\":\"x\"}").statusCode()).isEqualTo(409);
        JsonNode sup = json(s.get("/api/v1/suppressions", analyst)).get("suppressions").get(0);
        assertThat(sup.get("active").asBoolean()).isTrue();
        assertThat(sup.get("customer_id").asText()).isEqualTo("c1");

        // v2: entity 1 unchanged, 2 changed, 3 new and matching c2: only c2 alerts
        long v2 = upload("watch.txt", LIST_V1.replace("Abernathy|", "Abernathy|SDNTK")
                + "3|Plain Ordinary Person|\n");
        assertThat(alerts(analyst, "?status=open")).extracting(a -> a.get("customer_id").asText())
                .containsExactly("c2");
        JsonNode diff = json(s.get("/api/v1/lists/diff?from=" + v1 + "&to=" + v2, analyst));
        assertThat(diff.get("added").get(0).asText()).isEqualTo("watch:3");
        assertThat(diff.get("changed").get(0).asText()).isEqualTo("watch:2");
        assertThat(diff.get("counts").get("removed").asInt()).isZero();

        // v3: entity 1 changes: the suppression lapses and c1 alerts again
        upload("watch.txt", LIST_V1.replace("SDGT", "SDGT,FTO").replace("Abernathy|", "Abernathy|SDNTK")
                + "3|Plain Ordinary Person|\n");
        assertThat(alerts(analyst, "?status=open")).extracting(a -> a.get("customer_id").asText())
                .containsExactlyInAnyOrder("c1", "c2");
        assertThat(json(s.get("/api/v1/suppressions", analyst)).get("suppressions").get(0).get("active").asBoolean())
                .isFalse();

        // revoking the suppression needs a supervisor and reopens the cleared alert
        long sid = sup.get("id").asLong();
        assertThat(s.post("/api/v1/suppressions/" + sid + "/revoke", analyst, "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(403);
        String supervisor = s.key("bank-a", Role.SUPERVISOR);
        HttpResponse<String> rev = s.post("/api/v1/suppressions/" + sid + "/revoke", supervisor,
                "{\"reason\":\"second look\"}");
        assertThat(rev.statusCode()).as(rev.body()).isEqualTo(200);
        assertThat(json(rev).get("revoked_by").asText()).startsWith("key:");
        assertThat(json(s.get("/api/v1/alerts/" + first, analyst)).get("status").asText()).isEqualTo("open");

        String auditor = s.key("bank-a", Role.AUDITOR);
        JsonNode verify = json(s.get("/api/v1/audit/verify", auditor));
        assertThat(verify.get("ok").asBoolean()).as(verify.toString()).isTrue();
        List<String> actions = new ArrayList<>();
        json(s.get("/api/v1/audit?limit=1000", auditor)).get("entries").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("lists.activate", "customers.import", "alerts.decide", "suppressions.revoke",
                "lists.rescreen");
    }

    /** An MT103 paying a listed beneficiary (program SDGT in {@link #PAY_LIST}): blocked. */
    static final String MT103_BLOCK = "{1:F01CHASUS33AXXX0000000000}{2:I103BNMXMXMMXXXXN}{3:{121:0f1e2d3c-4b5a-4697-8a9b-0c1d2e3f4a5b}}{4:\n"
            + ":20:NWT0002MT103\n:23B:CRED\n:32A:260302USD120000,\n:50F:/000123456789\n1/NORTHWIND TRADING COMPANY\n"
            + "2/12 ELM STREET\n3/US/NEW YORK\n:52A:CHASUS33\n:57A:BNMXMXMM\n:59F:/002180700198765432\n"
            + "1/CARTEL DE JALISCO NUEVA GENERACION\n2/CALLE HIDALGO 210\n3/MX/GUADALAJARA\n:70:/INV/2026-0300\n"
            + ":71A:OUR\n-}";
    static final String PAY_LIST = LIST_V1 + "9|Cartel de Jalisco Nueva Generacion|SDGT\n";

    @Test
    void paymentsAreScreenedAndBlockedFundsReleasedOnlyUnderFourEyes() {
        upload("watch.txt", PAY_LIST);
        HttpResponse<String> pass = s.send("POST", "/api/v1/payments/screen", analyst, "text/plain",
                MT103_BLOCK.replace("CARTEL DE JALISCO NUEVA GENERACION", "MAQUINARIA DEL BAJIO SA DE CV"));
        assertThat(pass.statusCode()).as(pass.body()).isEqualTo(200);
        assertThat(json(pass).get("decisions").get(0).get("decision").asText()).isEqualTo("PASS");

        HttpResponse<String> bad = s.send("POST", "/api/v1/payments/screen", analyst, "application/xml",
                "<Document><broken");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(200);
        JsonNode held = json(bad).get("decisions").get(0);
        assertThat(held.get("decision").asText()).isEqualTo("HOLD");
        assertThat(held.get("reason").asText()).isNotBlank();
        assertThat(json(s.send("POST", "/api/v1/payments/screen", analyst, "text/plain", "")).get("decisions")
                .get(0).get("decision").asText()).isEqualTo("HOLD");
        assertThat(s.send("POST", "/api/v1/payments/screen", analyst, "application/json", "{}").statusCode())
                .isEqualTo(415);
        // over the limit: 413 with a JSON error, unless the server cut the connection while the client was still
        // sending (a refused body over Bodies.DRAIN_MAX is not read)
        try {
            HttpResponse<String> big = s.send("POST", "/api/v1/payments/screen", analyst, "text/plain",
                    "x".repeat(PaymentRoutes.MAX_MESSAGE + 1));
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(json(big).get("error").asText()).contains("exceeds");
        } catch (java.io.UncheckedIOException cut) {
            assertThat(cut.getCause()).isInstanceOf(java.io.IOException.class);
        }
        assertThat(s.get("/health", null).statusCode()).isEqualTo(200);

        HttpResponse<String> blocked = s.send("POST", "/api/v1/payments/screen", analyst, "text/plain", MT103_BLOCK);
        assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(200);
        JsonNode d = json(blocked).get("decisions").get(0);
        assertThat(d.get("decision").asText()).as(d.toString()).isEqualTo("BLOCK");
        assertThat(d.get("hits").get(0).get("source_id").asText()).isEqualTo("watch:9");
        assertThat(d.get("hits").get(0).get("programs").get(0).asText()).isEqualTo("SDGT");
        assertThat(d.get("hits").get(0).has("role")).isTrue();
        assertThat(d.get("hits").get(0).has("path")).isTrue();
        String id = d.get("ledger_id").asText();

        JsonNode records = json(s.get("/api/v1/ledger", analyst)).get("records");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("id").asText()).isEqualTo(id);
        assertThat(records.get(0).get("status").asText()).isEqualTo("BLOCKED");
        assertThat(records.get(0).get("report_due").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        String auditor = s.key("bank-a", Role.AUDITOR);
        assertThat(json(s.get("/api/v1/ledger/" + id, auditor)).get("raw").asText()).contains(":20:NWT0002MT103");
        JsonNode report = json(s.get("/api/v1/ledger/" + id + "/report", auditor));
        assertThat(report.get("record_id").asText()).isEqualTo(id);
        assertThat(report.get("blocked_person").get("programs").get(0).asText()).isEqualTo("SDGT");
        assertThat(report.get("report_due").asText()).isEqualTo(records.get(0).get("report_due").asText());
        assertThat(s.get("/api/v1/ledger/BP-1999-000001", analyst).statusCode()).isEqualTo(404);

        // release: a supervisor asks under a licence, the same one cannot approve, another one can
        String sup1 = s.key("bank-a", Role.SUPERVISOR);
        String sup2 = s.key("bank-a", Role.SUPERVISOR);
        assertThat(s.post("/api/v1/ledger/" + id + "/release", analyst, "{\"licence\":\"L-1\"}").statusCode())
                .isEqualTo(403);
        assertThat(s.post("/api/v1/ledger/" + id + "/release", sup1, "{\"note\":\"no licence\"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> req = s.post("/api/v1/ledger/" + id + "/release", sup1,
                "{\"licence\":\"OFAC-LIC-2026-17\",\"note\":\"specific licence\"}");
        assertThat(req.statusCode()).as(req.body()).isEqualTo(200);
        assertThat(json(req).get("status").asText()).isEqualTo("RELEASE_PENDING");
        HttpResponse<String> self = s.post("/api/v1/ledger/" + id + "/approve", sup1, "{}");
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(json(self).get("error").asText()).contains("four-eyes");
        HttpResponse<String> ok = s.post("/api/v1/ledger/" + id + "/approve", sup2, "{}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).get("status").asText()).isEqualTo("RELEASED");
        assertThat(json(ok).get("licence").asText()).isEqualTo("OFAC-LIC-2026-17");
        assertThat(s.post("/api/v1/ledger/" + id + "/approve", sup2, "{}").statusCode()).isEqualTo(409);

        // the ledger is in the database: a second server on the same store sees it
        Engines other = Engines.create(s.store, TestServer::readTestList, java.time.Clock.systemUTC());
        try {
            long tenantA = s.store.inTransaction(h -> s.store.tenants().getOrCreate(h, "bank-a",
                    java.time.Instant.now(), null).id());
            var rec = other.payments().read(tenantA, l -> l.get(id).orElseThrow());
            assertThat(rec.status().name()).isEqualTo("RELEASED");
        } finally {
            other.close();
        }

        JsonNode verify = json(s.get("/api/v1/audit/verify", auditor));
        assertThat(verify.get("ok").asBoolean()).as(verify.toString()).isTrue();
        List<String> actions = new ArrayList<>();
        json(s.get("/api/v1/audit?limit=1000", auditor)).get("entries").forEach(e -> actions.add(e.get("action")
                .asText()));
        assertThat(actions).contains("payments.block", "ledger.request", "ledger.approve", "ledger.report");
    }

    static String tx(String id, String ts, String from, String to, double amount, String counterparty) {
        return "{\"id\":\"" + id + "\",\"timestamp\":\"" + ts + "\",\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"amount\":" + amount + ",\"kind\":\"wire\",\"to_country\":\"MX\""
                + (counterparty == null ? "" : ",\"counterparty_name\":\"" + counterparty + "\"") + "}";
    }

    @Test
    void transactionsFeedTheTenantsMonitoringAndItsAlertsAreListedBesideScreeningAlerts() {
        upload("watch.txt", LIST_V1);
        // a screening alert first
        s.send("POST", "/api/v1/customers", analyst, "application/x-ndjson",
                "{\"id\":\"c1\",\"name\":\"Zorro Quetzalcoatl Maximiliano\"}\n");
        HttpResponse<String> bad = s.send("POST", "/api/v1/transactions", analyst, "application/x-ndjson",
                tx("t1", "2026-03-01T10:00:00Z", "A1", "EXT1", 5000, "Zorro Quetzalcoatl Maximiliano") + "\n"
                        + "{\"id\":\"t2\",\"timestamp\":\"yesterday\",\"from\":\"A1\",\"amount\":1}\n"
                        + "not json\n{\"id\":\"t4\",\"timestamp\":\"2026-03-01\",\"from\":\"A1\",\"amount\":1,"
                        + "\"colour\":\"red\"}\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").toString()).contains("line 2", "line 3", "line 4")
                .doesNotContain("line 1:");
        // nothing of the refused body was applied: t1 fed now is new to the engine and alerts
        HttpResponse<String> ok = s.send("POST", "/api/v1/transactions", analyst, "application/x-ndjson",
                tx("t1", "2026-03-01T10:00:00Z", "A1", "EXT1", 5000, "Zorro Quetzalcoatl Maximiliano") + "\n"
                        + tx("t2", "2026-03-03T10:00:00Z", "A2", "EXT2", 70, null) + "\n");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).get("received").asInt()).isEqualTo(2);
        assertThat(json(ok).get("alerts_raised").asInt()).as(ok.body()).isEqualTo(1);

        List<JsonNode> all = alerts(analyst, "");
        assertThat(all).extracting(a -> a.get("kind").asText()).containsExactly("screening", "monitoring");
        JsonNode screening = all.get(0);
        assertThat(screening.get("customer_id").asText()).isEqualTo("c1");
        assertThat(screening.get("source_id").asText()).isEqualTo("1");
        assertThat(screening.get("status").asText()).isEqualTo("open");
        JsonNode m = all.get(1);
        assertThat(m.get("typology").asText()).isEqualTo("sanctions_exposure");
        assertThat(m.get("transactions").get(0).asText()).isEqualTo("t1");
        assertThat(m.get("accounts").toString()).contains("A1");
        assertThat(m.get("explanation").asText()).contains("Zorro");
        assertThat(m.get("status").asText()).isEqualTo("open");
        assertThat(m.get("start").asText()).startsWith("2026-03-01T10:00");
        assertThat(alerts(analyst, "?kind=screening")).hasSize(1);
        assertThat(alerts(analyst, "?kind=monitoring")).singleElement()
                .satisfies(a -> assertThat(a.get("id").asLong()).isEqualTo(m.get("id").asLong()));
        assertThat(alerts(analyst, "?customer_id=c1")).hasSize(1);
        assertThat(s.get("/api/v1/alerts?kind=other", analyst).statusCode()).isEqualTo(400);
        assertThat(json(s.get("/api/v1/monitoring/alerts/" + m.get("id").asLong(), analyst)).get("typology")
                .asText()).isEqualTo("sanctions_exposure");

        // the same transactions again: no new alert; another tenant has its own engine and sees nothing of these
        assertThat(json(s.send("POST", "/api/v1/transactions", analyst, "application/x-ndjson",
                tx("t1", "2026-03-03T11:00:00Z", "A1", "EXT1", 5000, "Zorro Quetzalcoatl Maximiliano") + "\n"))
                .get("alerts_raised").asInt()).isZero();
        String other = s.key("bank-b", Role.ANALYST);
        assertThat(alerts(other, "")).isEmpty();
        assertThat(s.get("/api/v1/monitoring/alerts/" + m.get("id").asLong(), other).statusCode()).isEqualTo(404);
        List<String> actions = new ArrayList<>();
        json(s.get("/api/v1/audit?limit=1000", s.key("bank-a", Role.AUDITOR))).get("entries")
                .forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("transactions.submit");
    }

    @Test
    void customersImportFromCsvAndAreReadUpdatedAndDeleted() {
        HttpResponse<String> imp = s.send("POST", "/api/v1/customers", analyst, "text/csv",
                "id,name,birth_date,country,schema\r\nk1,\"Lopez, Ana\",1970-02-03,MX,person\r\nk2,Acme Ltd,,GB,Company\r\n");
        assertThat(imp.statusCode()).as(imp.body()).isEqualTo(200);
        assertThat(json(imp).get("created").asInt()).isEqualTo(2);
        JsonNode k1 = json(s.get("/api/v1/customers/k1", analyst));
        assertThat(k1.get("name").asText()).isEqualTo("Lopez, Ana");
        assertThat(k1.get("schema").asText()).isEqualTo("Person");
        assertThat(k1.get("birth_date").asText()).isEqualTo("1970-02-03");
        HttpResponse<String> put = s.send("PUT", "/api/v1/customers/k1", analyst, "application/json",
                "{\"name\":\"Lopez, Ana Maria\",\"country\":\"ES\"}");
        assertThat(json(put).get("updated").asInt()).isEqualTo(1);
        assertThat(json(s.get("/api/v1/customers/k1", analyst)).get("country").asText()).isEqualTo("ES");
        assertThat(json(s.get("/api/v1/customers?limit=1", analyst)).get("next_after").asText()).isEqualTo("k1");
        assertThat(s.send("DELETE", "/api/v1/customers/k1", analyst, null, null).statusCode()).isEqualTo(204);
        assertThat(s.get("/api/v1/customers/k1", analyst).statusCode()).isEqualTo(404);

        HttpResponse<String> bad = s.send("POST", "/api/v1/customers", analyst, "application/x-ndjson",
                "{\"id\":\"x1\",\"name\":\"A\",\"birth_date\":\"1970-13-45\"}\n{\"id\":\"\",\"name\":\"B\"}\nnot json\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").toString()).contains("line 1", "line 2", "line 3");
        assertThat(s.get("/api/v1/customers/x1", analyst).statusCode()).isEqualTo(404); // all or nothing
    }

    @Test
    void errorsAreJsonWithA4xxStatusAndNeverAStackTrace() {
        assertThat(s.post("/api/v1/screen", null, "{\"name\":\"x\"}").statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = s.post("/api/v1/screen", "idk_wrong", "{\"name\":\"x\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("error").asText()).contains("invalid");
        assertThat(s.post("/api/v1/screen", admin, "{\"name\":\"x\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> badJson = s.post("/api/v1/screen", analyst, "{\"name\":");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(json(badJson).get("error").asText()).startsWith("invalid JSON");
        assertThat(json(s.post("/api/v1/screen", analyst, "{\"nmae\":\"x\"}")).get("error").asText())
                .contains("unknown field 'nmae'");
        assertThat(json(s.post("/api/v1/screen", analyst, "{\"name\":\"x\",\"birth_date\":\"31/12/1970\"}"))
                .get("error").asText()).contains("YYYY");
        HttpResponse<String> big = s.post("/api/v1/screen", analyst, "{\"name\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).get("error").asText()).contains("exceeds");
        HttpResponse<String> none = s.get("/api/v1/nothing-here", analyst);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).has("error")).isTrue();
        assertThat(s.get("/api/v1/alerts/notanumber", analyst).statusCode()).isEqualTo(404);
        assertThat(json(s.get("/api/v1/alerts?limit=100000", analyst)).get("error").asText()).contains("limit");
        for (HttpResponse<String> r : List.of(badJson, big, none, wrong)) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void listsUploadAsMultipartAndRefuseUnreadableFiles() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"watch.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + LIST_V1 + "\r\n--XyZ--\r\n";
        HttpResponse<String> r = s.send("POST", "/api/v1/lists/import", admin, "multipart/form-data; boundary=XyZ",
                body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(json(r).get("entity_count").asInt()).isEqualTo(2);
        HttpResponse<String> again = s.send("POST", "/api/v1/lists/import", admin,
                "multipart/form-data; boundary=XyZ", body);
        assertThat(json(again).get("unchanged").asBoolean()).isTrue();
        HttpResponse<String> bad = s.send("POST", "/api/v1/lists/import?filename=watch.txt", admin, "text/plain",
                "no separator here\n");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("error").asText()).startsWith("cannot read the list");
        assertThat(s.send("POST", "/api/v1/lists/import?filename=../../etc/passwd", admin, "text/plain", "x")
                .statusCode()).isEqualTo(400);
        JsonNode versions = json(s.get("/api/v1/lists", analyst)).get("versions");
        assertThat(versions.size()).isEqualTo(1);
        assertThat(versions.get(0).get("active").asBoolean()).isTrue();
    }

    @Test
    void healthReadinessMetricsAndOpenApi() {
        assertThat(s.get("/health", null).statusCode()).isEqualTo(200);
        assertThat(s.get("/ready", null).statusCode()).isEqualTo(503); // no lists yet
        upload("watch.txt", LIST_V1);
        assertThat(s.get("/ready", null).statusCode()).isEqualTo(200);
        String metrics = s.get("/metrics", null).body();
        assertThat(metrics).contains("interdict_http_requests_total{method=\"POST\",route=\"/api/v1/lists/import\"")
                .contains("interdict_list_entities 2");
        JsonNode doc = json(s.get("/api/openapi.json", null));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        for (Route r : Api.routes(s.engines)) {
            assertThat(doc.get("paths").get(r.path())).as(r.path()).isNotNull();
            assertThat(doc.get("paths").get(r.path()).get(r.method().toLowerCase())).as(r.method() + " " + r.path())
                    .isNotNull();
        }
    }
}
