package dev.interdict.app.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document, generated from the route table: every route with its summary, path parameters,
 * request body, the permission it needs and the error shape. It cannot drift from the routes.
 */
final class OpenApi {

    private static final Pattern PARAM = Pattern.compile("\\{([a-z_]+)}");

    private OpenApi() {
    }

    static Map<String, Object> document(List<Route> routes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Interdict API", "version", "1",
                "description", "Screening, lists, customers, alerts, payments and the blocked-funds ledger, transaction monitoring. Authenticate with 'Authorization: Bearer KEY'"
                        + " (interdict admin create-key). Errors are {\"error\": \"...\"}."));
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Route r : routes) {
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("summary", r.summary());
            op.put("operationId", r.method().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
            List<Map<String, Object>> params = new ArrayList<>();
            Matcher m = PARAM.matcher(r.path());
            while (m.find()) {
                params.add(Map.of("name", m.group(1), "in", "path", "required", true,
                        "schema", Map.of("type", "string")));
            }
            if (!params.isEmpty()) {
                op.put("parameters", params);
            }
            if (r.maxBody() > 0) {
                op.put("requestBody", Map.of("required", true, "description", "at most " + r.maxBody() + " bytes",
                        "content", content(r)));
            }
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", "OK"));
            responses.put("400", error("invalid request"));
            if (r.permission() != null) {
                op.put("security", List.of(Map.of("bearer", List.of())));
                op.put("x-permission", r.permission().name());
                responses.put("401", error("missing or invalid credentials"));
                responses.put("403", error("the role lacks " + r.permission().name()));
            } else {
                op.put("security", List.of());
            }
            if (r.path().contains("{")) {
                responses.put("404", error("not found in the caller's tenant"));
            }
            if (r.maxBody() > 0) {
                responses.put("413", error("body too large"));
            }
            op.put("responses", responses);
            paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>())
                    .put(r.method().toLowerCase(Locale.ROOT), op);
        }
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
                "schemas", Map.of("Error", Map.of("type", "object", "required", List.of("error"),
                        "properties", Map.of("error", Map.of("type", "string"))))));
        return doc;
    }

    /** The media types a route's body may have. */
    private static Map<String, Object> content(Route r) {
        Map<String, Object> text = Map.of("schema", Map.of("type", "string"));
        return switch (r.path()) {
            case "/api/v1/payments/screen" -> Map.of("application/xml", text, "text/plain", text);
            case "/api/v1/transactions" -> Map.of("application/x-ndjson", text);
            case "/api/v1/customers" -> Map.of("application/x-ndjson", text, "text/csv", text);
            default -> Map.of("application/json", Map.of("schema", Map.of("type", "object")));
        };
    }

    private static Map<String, Object> error(String description) {
        return Map.of("description", description, "content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
    }
}
