package dev.interdict.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interdict.app.service.Json;
import dev.interdict.store.Alert;
import dev.interdict.store.Alerts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alerts of the caller's tenant: list and filter, read, decide; suppressions: list and revoke. The list shows the
 * screening alerts ({@code kind: screening}) and, beside them, the monitoring alerts ({@code kind: monitoring},
 * see {@link MonitoringRoutes}); {@code ?kind=} picks one.
 */
final class AlertRoutes {

    record AlertOut(long id, String kind, String customerId, String entityId, String list, String sourceId,
            String entityName, String matchedName, double score, String status, Long listVersionId, Instant createdAt,
            Instant updatedAt) {
        static AlertOut of(Alert a) {
            return new AlertOut(a.id(), "screening", a.customerId(), a.entityId(), a.listName(), a.sourceId(), a.entityName(),
                    a.matchedName(), a.score(), a.status(), a.listVersionId(), a.createdAt(), a.updatedAt());
        }
    }

    record DecisionIn(String decision, String reason) {
    }

    record RevokeIn(String reason) {
    }

    private AlertRoutes() {
    }

    static Double minScore(io.javalin.http.Context ctx) {
        if (ctx.queryParam("min_score") == null) {
            return null;
        }
        try {
            return Double.parseDouble(ctx.queryParam("min_score"));
        } catch (NumberFormatException ex) {
            throw ApiException.badRequest("min_score must be a number");
        }
    }

    /** A page: the items under {@code key} and the cursor of the next page ({@code null}: this was the last). */
    static Map<String, Object> page(String key, List<?> items, int limit, long lastId, String cursor) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key, items);
        out.put(cursor, items.size() == limit ? lastId : null);
        return out;
    }

    static List<Route> routes(Engines e) {
        var store = e.store();
        return List.of(
                Route.get("/api/v1/alerts", Permission.ALERTS_READ,
                        "List alerts: screening (status, customer_id, list, min_score, after, limit <= 1000) and,"
                                + " beside them, monitoring alerts (status, min_score, monitoring_after); kind ="
                                + " screening | monitoring picks one (then after pages it)", (ctx, p) -> {
                            String kind = ctx.queryParam("kind");
                            if (kind != null && !List.of("screening", "monitoring").contains(kind)) {
                                throw ApiException.badRequest("kind must be screening or monitoring");
                            }
                            String status = ctx.queryParam("status");
                            if (status != null && !List.of(Alert.OPEN, Alert.TRUE_MATCH, Alert.FALSE_POSITIVE)
                                    .contains(status)) {
                                throw ApiException.badRequest("status must be open, true_match or false_positive");
                            }
                            Double minScore = minScore(ctx);
                            int limit = Bodies.intParam(ctx, "limit", 100, 1, 1000);
                            List<Object> all = new ArrayList<>();
                            Map<String, Object> out = new LinkedHashMap<>();
                            if (kind == null || kind.equals("screening")) {
                                Alerts.Filter f = new Alerts.Filter(status, ctx.queryParam("customer_id"),
                                        ctx.queryParam("list"), minScore, Bodies.longParam(ctx, "after", 0), limit);
                                List<AlertOut> alerts = store.withHandle(h -> store.alerts().list(h, p.tenantId(), f))
                                        .stream().map(AlertOut::of).toList();
                                all.addAll(alerts);
                                out.put("next_after", alerts.size() == limit ? alerts.get(alerts.size() - 1).id()
                                        : null);
                            }
                            // monitoring alerts have no customer or list: those filters select screening alerts only
                            if ((kind == null || kind.equals("monitoring")) && ctx.queryParam("customer_id") == null
                                    && ctx.queryParam("list") == null) {
                                List<MonitoringRoutes.MonitoringAlertOut> mon = MonitoringRoutes.list(e, p.tenantId(),
                                        status, null, minScore, Bodies.longParam(ctx, kind == null
                                                ? "monitoring_after" : "after", 0), limit);
                                all.addAll(mon);
                                out.put(kind == null ? "next_monitoring_after" : "next_after", mon.size() == limit
                                        ? mon.get(mon.size() - 1).id() : null);
                            }
                            Map<String, Object> reply = new LinkedHashMap<>();
                            reply.put("alerts", all);
                            reply.putAll(out);
                            Bodies.send(ctx, 200, reply);
                        }),
                Route.get("/api/v1/alerts/{id}", Permission.ALERTS_READ,
                        "Read one alert with its explanation and decisions", (ctx, p) -> {
                            long id = Bodies.pathId(ctx, "id");
                            Alert a = store.withHandle(h -> store.alerts().get(h, p.tenantId(), id))
                                    .orElseThrow(() -> ApiException.notFound("no alert " + id));
                            Map<String, Object> out = new LinkedHashMap<>(Json.MAPPER.convertValue(AlertOut.of(a),
                                    Map.class));
                            out.put("explanation", Json.MAPPER.readValue(a.explanation(), JsonNode.class));
                            out.put("decisions", store.withHandle(h -> store.alerts().decisions(h, p.tenantId(), id)));
                            Bodies.send(ctx, 200, out);
                        }),
                Route.post("/api/v1/alerts/{id}/decision", Permission.ALERTS_DECIDE, Route.SMALL_BODY,
                        "Decide an open alert: true_match or false_positive, with a reason; a false positive"
                                + " suppresses the pair until the customer or the entity changes", (ctx, p) -> {
                            long id = Bodies.pathId(ctx, "id");
                            DecisionIn in = Bodies.json(ctx, DecisionIn.class);
                            if (!Alert.TRUE_MATCH.equals(in.decision()) && !Alert.FALSE_POSITIVE.equals(in.decision())) {
                                throw ApiException.badRequest("decision must be true_match or false_positive");
                            }
                            if (in.reason() == null || in.reason().isBlank() || in.reason().length() > 4000) {
                                throw ApiException.badRequest("reason is required (1..4000 characters)");
                            }
                            Instant now = e.clock().instant();
                            Alerts.Decision d = store.inTransaction(h -> {
                                Alert a = store.alerts().get(h, p.tenantId(), id)
                                        .orElseThrow(() -> ApiException.notFound("no alert " + id));
                                if (!Alert.OPEN.equals(a.status())) {
                                    throw new ApiException(409, "alert " + id + " is already decided (" + a.status()
                                            + ")");
                                }
                                Alerts.Decision dec = store.alerts().decide(h, a, in.decision(), in.reason().strip(),
                                        p.actor(), now);
                                store.audit().append(h, p.tenantId(), p.actor(), "alerts.decide", "alert:" + id,
                                        Map.of("decision", in.decision(), "reason", in.reason().strip(),
                                                "customer_id", a.customerId(), "entity_id", a.entityId()), now);
                                return dec;
                            });
                            Bodies.send(ctx, 200, d);
                        }),
                Route.get("/api/v1/suppressions", Permission.ALERTS_READ,
                        "List suppressions (false-positive pairs); active while neither side changed", (ctx, p) -> {
                            int limit = Bodies.intParam(ctx, "limit", 100, 1, 1000);
                            long after = Bodies.longParam(ctx, "after", 0);
                            Bodies.send(ctx, 200, Map.of("suppressions", store.withHandle(h -> store.alerts()
                                    .suppressions(h, p.tenantId(), after, limit))));
                        }),
                Route.post("/api/v1/suppressions/{id}/revoke", Permission.SUPPRESSIONS_REVOKE, Route.SMALL_BODY,
                        "Revoke a suppression, with a reason; its alert is reopened", (ctx, p) -> {
                            long id = Bodies.pathId(ctx, "id");
                            RevokeIn in = Bodies.json(ctx, RevokeIn.class);
                            if (in.reason() == null || in.reason().isBlank() || in.reason().length() > 4000) {
                                throw ApiException.badRequest("reason is required (1..4000 characters)");
                            }
                            Instant now = e.clock().instant();
                            boolean done = store.inTransaction(h -> {
                                boolean ok = store.alerts().revokeSuppression(h, p.tenantId(), id, p.actor(),
                                        in.reason().strip(), now);
                                if (ok) {
                                    store.audit().append(h, p.tenantId(), p.actor(), "suppressions.revoke",
                                            "suppression:" + id, Map.of("reason", in.reason().strip()), now);
                                }
                                return ok;
                            });
                            if (!done) {
                                throw ApiException.notFound("no unrevoked suppression " + id);
                            }
                            Bodies.send(ctx, 200, store.withHandle(h -> store.alerts().suppression(h, p.tenantId(), id))
                                    .orElseThrow());
                        }));
    }
}
