package dev.interdict.app.api;

import dev.interdict.store.ApiKeys;
import dev.interdict.store.AuditLog;
import dev.interdict.store.Role;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who am I; API keys of the caller's tenant; the audit log. */
final class AdminRoutes {

    record KeyIn(String role, String label) {
    }

    record KeyOut(String key, String prefix, String role, String tenant) {
    }

    private AdminRoutes() {
    }

    static List<Route> routes(Engines e) {
        var store = e.store();
        return List.of(
                Route.get("/api/v1/whoami", Permission.AUTHENTICATED, "The caller's tenant, role and permissions",
                        (ctx, p) -> {
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("tenant", p.tenantName());
                            out.put("role", p.role().key());
                            out.put("actor", p.actor());
                            out.put("permissions", Access.of(p.role()).stream().map(Enum::name).sorted().toList());
                            Bodies.send(ctx, 200, out);
                        }),
                Route.post("/api/v1/keys", Permission.KEYS_MANAGE, Route.SMALL_BODY,
                        "Create an API key in the caller's tenant (shown once)", (ctx, p) -> {
                            KeyIn in = Bodies.json(ctx, KeyIn.class);
                            Role role;
                            try {
                                role = Role.parse(in.role());
                            } catch (IllegalArgumentException ex) {
                                throw ApiException.badRequest(ex.getMessage());
                            }
                            if (in.label() != null && in.label().length() > 200) {
                                throw ApiException.badRequest("label must be at most 200 characters");
                            }
                            Instant now = e.clock().instant();
                            ApiKeys.NewKey k = store.inTransaction(h -> {
                                ApiKeys.NewKey nk = store.apiKeys().create(h, p.tenantId(), role, in.label(), now);
                                store.audit().append(h, p.tenantId(), p.actor(), "keys.create", "key:" + nk.prefix(),
                                        Map.of("role", role.key()), now);
                                return nk;
                            });
                            Bodies.send(ctx, 201, new KeyOut(k.key(), k.prefix(), role.key(), p.tenantName()));
                        }),
                Route.delete("/api/v1/keys/{prefix}", Permission.KEYS_MANAGE,
                        "Revoke an API key of the caller's tenant by its prefix", (ctx, p) -> {
                            String prefix = ctx.pathParam("prefix");
                            Instant now = e.clock().instant();
                            boolean done = store.inTransaction(h -> {
                                boolean ok = store.apiKeys().revoke(h, p.tenantId(), prefix, now);
                                if (ok) {
                                    store.audit().append(h, p.tenantId(), p.actor(), "keys.revoke", "key:" + prefix,
                                            Map.of(), now);
                                }
                                return ok;
                            });
                            if (!done) {
                                throw ApiException.notFound("no active key '" + prefix + "'");
                            }
                            e.auth().invalidate();
                            ctx.status(204);
                        }),
                Route.get("/api/v1/audit", Permission.AUDIT_READ,
                        "Audit entries of the caller's tenant and deployment-wide ones (after, limit <= 1000)",
                        (ctx, p) -> {
                            long after = Bodies.longParam(ctx, "after", 0);
                            int limit = Bodies.intParam(ctx, "limit", 100, 1, 1000);
                            List<AuditLog.Entry> entries = store.withHandle(h -> store.audit().list(h, p.tenantId(),
                                    after, limit));
                            Bodies.send(ctx, 200, Map.of("entries", entries));
                        }),
                Route.get("/api/v1/audit/verify", Permission.AUDIT_READ,
                        "Verify the whole hash chain of the audit log", (ctx, p) -> {
                            AuditLog.Verification v = store.withHandle(h -> store.audit().verify(h));
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("ok", v.ok());
                            out.put("entries", v.entries());
                            out.put("head_hash", v.headHash());
                            out.put("problems", v.problems());
                            Bodies.send(ctx, 200, out);
                        }));
    }
}
