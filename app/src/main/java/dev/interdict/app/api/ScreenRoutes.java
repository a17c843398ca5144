package dev.interdict.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.app.service.ActiveLists;
import dev.interdict.screening.MatchJson;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Identifier;
import dev.interdict.model.Schema;
import dev.interdict.screening.Match;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /api/v1/screen} (one name) and {@code POST /api/v1/screen/batch} (up to 1,000). */
final class ScreenRoutes {

    /** The most queries one batch may carry. */
    static final int MAX_BATCH = 1_000;

    /** One query as JSON. {@code threshold} and {@code limit} default to the screener's. */
    record ScreenRequest(String id, String name, String schema, String birthDate, String country,
            List<IdentifierIn> identifiers, Double threshold, Integer limit) {
    }

    record IdentifierIn(String type, String value) {
    }

    record BatchRequest(List<ScreenRequest> queries, Double threshold, Integer limit) {
    }

    /**
     * At most this many single-name screenings run at once (two per core): more only time-slice the cores and
     * stretch every answer; the others wait their turn in arrival order.
     */
    static final java.util.concurrent.Semaphore SCREENING =
            new java.util.concurrent.Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);

    private ScreenRoutes() {
    }

    static List<Route> routes(Engines e) {
        return List.of(
                Route.post("/api/v1/screen", Permission.SCREEN, Route.SMALL_BODY,
                        "Screen one name against the active lists", (ctx, p) -> {
                            ScreenRequest r = Bodies.json(ctx, ScreenRequest.class);
                            ActiveLists.Snapshot snap = e.lists().current();
                            Map<String, Object> out = new LinkedHashMap<>();
                            SCREENING.acquireUninterruptibly();
                            try {
                                out.put("matches", screen(snap, r, null, null, ""));
                            } finally {
                                SCREENING.release();
                            }
                            out.put("list_versions", snap.versions().stream().map(v -> v.id()).toList());
                            Bodies.send(ctx, 200, out);
                        }),
                Route.post("/api/v1/screen/batch", Permission.SCREEN, 2 * 1024 * 1024,
                        "Screen up to 1,000 names", (ctx, p) -> {
                            BatchRequest b = Bodies.json(ctx, BatchRequest.class);
                            if (b.queries() == null || b.queries().isEmpty()) {
                                throw ApiException.badRequest("queries must be a non-empty array");
                            }
                            if (b.queries().size() > MAX_BATCH) {
                                throw ApiException.badRequest("at most " + MAX_BATCH + " queries per batch, got "
                                        + b.queries().size());
                            }
                            ActiveLists.Snapshot snap = e.lists().current();
                            List<Map<String, Object>> results = new ArrayList<>();
                            for (int i = 0; i < b.queries().size(); i++) {
                                ScreenRequest r = b.queries().get(i);
                                if (r == null) {
                                    throw ApiException.badRequest("queries[" + i + "] must be an object");
                                }
                                Map<String, Object> one = new LinkedHashMap<>();
                                one.put("id", r.id() != null ? r.id() : String.valueOf(i));
                                one.put("matches", screen(snap, r, b.threshold(), b.limit(), "queries[" + i + "]."));
                                results.add(one);
                            }
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("results", results);
                            out.put("list_versions", snap.versions().stream().map(v -> v.id()).toList());
                            Bodies.send(ctx, 200, out);
                        }));
    }

    static List<ObjectNode> screen(ActiveLists.Snapshot snap, ScreenRequest r, Double batchThreshold,
            Integer batchLimit, String at) {
        double threshold = r.threshold() != null ? r.threshold()
                : batchThreshold != null ? batchThreshold : Screener.DEFAULT_THRESHOLD;
        int limit = r.limit() != null ? r.limit() : batchLimit != null ? batchLimit : Screener.DEFAULT_LIMIT;
        if (threshold < 0 || threshold > 1) {
            throw ApiException.badRequest(at + "threshold must be in 0..1, got " + threshold);
        }
        if (limit < 1 || limit > 100) {
            throw ApiException.badRequest(at + "limit must be in 1..100, got " + limit);
        }
        List<Match> matches = snap.screen(query(r, at), threshold, limit);
        return matches.stream().map(MatchJson::toJson).toList();
    }

    static Query query(ScreenRequest r, String at) {
        if (r.name() == null || r.name().isBlank()) {
            throw ApiException.badRequest(at + "name is required");
        }
        if (r.name().length() > 1000) {
            throw ApiException.badRequest(at + "name must be at most 1000 characters");
        }
        try {
            Schema schema = Schema.parse(r.schema());
            BirthDate bd = r.birthDate() == null || r.birthDate().isBlank() ? null : BirthDate.parse(r.birthDate());
            List<Identifier> ids = new ArrayList<>();
            if (r.identifiers() != null) {
                for (IdentifierIn i : r.identifiers()) {
                    if (i != null && i.value() != null && !i.value().isBlank()) {
                        ids.add(new Identifier(i.type() == null ? "" : i.type(), i.value()));
                    }
                }
            }
            return new Query(r.name(), schema, bd, r.country(), ids);
        } catch (IllegalArgumentException ex) {
            throw ApiException.badRequest(at + ex.getMessage());
        }
    }
}
