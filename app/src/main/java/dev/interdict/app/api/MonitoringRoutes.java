package dev.interdict.app.api;

import dev.interdict.store.MonitoringAlerts;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /api/v1/transactions} (JSON lines into the tenant's monitoring engine) and the monitoring alerts,
 * which {@code GET /api/v1/alerts} also lists beside the screening alerts ({@code kind: monitoring}).
 */
final class MonitoringRoutes {

    /** The largest transaction batch: 16 MiB. */
    static final int MAX_TRANSACTIONS = 16 * 1024 * 1024;

    /** A monitoring alert as the API shows it. */
    record MonitoringAlertOut(long id, String kind, String typology, List<String> accounts,
            List<String> transactions, Instant start, Instant end, double amount, double score, String explanation,
            String status, String alertKey, Instant createdAt) {
        static MonitoringAlertOut of(MonitoringAlerts.Stored a) {
            return new MonitoringAlertOut(a.id(), "monitoring", a.typology(), a.accounts(), a.transactions(),
                    a.start(), a.end(), a.amount(), a.score(), a.explanation(), a.status(), a.alertKey(),
                    a.createdAt());
        }
    }

    private MonitoringRoutes() {
    }

    static List<Route> routes(Engines e) {
        var store = e.store();
        return List.of(
                Route.post("/api/v1/transactions", Permission.TRANSACTIONS_SUBMIT, MAX_TRANSACTIONS,
                        "Submit transactions to monitoring: JSON lines {id, timestamp, from, to, amount, kind,"
                                + " branch, region, from_country, to_country, counterparty_name}; a bad line refuses"
                                + " the whole body (400 listing the lines)", (ctx, p) ->
                                Bodies.send(ctx, 200, e.monitoring().submit(p, Bodies.text(ctx)))),
                Route.get("/api/v1/monitoring/alerts", Permission.ALERTS_READ,
                        "List monitoring alerts (status, typology, min_score, after, limit <= 1000)", (ctx, p) -> {
                            int limit = Bodies.intParam(ctx, "limit", 100, 1, 1000);
                            List<MonitoringAlertOut> alerts = list(e, p.tenantId(), ctx.queryParam("status"),
                                    ctx.queryParam("typology"), AlertRoutes.minScore(ctx),
                                    Bodies.longParam(ctx, "after", 0), limit);
                            Bodies.send(ctx, 200, AlertRoutes.page("alerts", alerts, limit,
                                    alerts.isEmpty() ? 0 : alerts.get(alerts.size() - 1).id(), "next_after"));
                        }),
                Route.get("/api/v1/monitoring/alerts/{id}", Permission.ALERTS_READ, "Read one monitoring alert",
                        (ctx, p) -> {
                            long id = Bodies.pathId(ctx, "id");
                            Bodies.send(ctx, 200, MonitoringAlertOut.of(store.withHandle(h -> store.monitoringAlerts()
                                    .get(h, p.tenantId(), id)).orElseThrow(() -> ApiException.notFound(
                                            "no monitoring alert " + id))));
                        }));
    }

    static List<MonitoringAlertOut> list(Engines e, long tenantId, String status, String typology, Double minScore,
            long after, int limit) {
        if (status != null && !status.equals(MonitoringAlerts.OPEN)) {
            return List.of(); // monitoring alerts are open until case handling decides them
        }
        MonitoringAlerts.Filter f = new MonitoringAlerts.Filter(status, typology, minScore, after, limit);
        return e.store().withHandle(h -> e.store().monitoringAlerts().list(h, tenantId, f)).stream()
                .map(MonitoringAlertOut::of).toList();
    }

}
