package dev.interdict.app.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Public, tenant-free routes: liveness, readiness, metrics and the OpenAPI document. */
final class SystemRoutes {

    private SystemRoutes() {
    }

    static List<Route> routes(Engines e, List<Route> all) {
        return List.of(
                Route.get("/health", null, "Liveness: the process answers", (ctx, p) ->
                        Bodies.send(ctx, 200, Map.of("status", "ok"))),
                Route.get("/ready", null, "Readiness: the database answers and lists are loaded", (ctx, p) -> {
                    boolean db = e.store().ping();
                    int lists = e.lists().current().versions().size();
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("status", db && lists > 0 ? "ready" : "not ready");
                    out.put("database", db ? "ok" : "unreachable");
                    out.put("active_lists", lists);
                    out.put("entities", e.lists().current().entities().size());
                    Bodies.send(ctx, db && lists > 0 ? 200 : 503, out);
                }),
                Route.get("/metrics", null, "Prometheus metrics", (ctx, p) ->
                        ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                                .result(e.metrics().scrape(e.lists().current()))),
                Route.get("/api/openapi.json", null, "This OpenAPI 3 document", (ctx, p) ->
                        Bodies.send(ctx, 200, OpenApi.document(all))));
    }
}
