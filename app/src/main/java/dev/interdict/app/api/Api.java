package dev.interdict.app.api;

import dev.interdict.app.service.ValidationException;
import dev.interdict.store.Principal;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one wiring function: {@link #wire(JavalinConfig, Engines)} installs every route of {@link #routes(Engines)}
 * with authentication, the permission check, the body limit, JSON errors and metrics. The server and the tests
 * both call it. Every area (screening, lists, customers, alerts, admin, payments, monitoring) adds its routes in
 * {@link #routes(Engines)}.
 */
public final class Api {

    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    /** The largest body any route accepts (the list upload). */
    public static final long MAX_REQUEST = ListRoutes.MAX_UPLOAD;
    private static final String START = "interdict.start";
    private static final String ROUTE = "interdict.route";

    private Api() {
    }

    /** Every route, public and protected. */
    public static List<Route> routes(Engines e) {
        List<Route> all = new ArrayList<>();
        all.addAll(ScreenRoutes.routes(e));
        all.addAll(ListRoutes.routes(e));
        all.addAll(CustomerRoutes.routes(e));
        all.addAll(AlertRoutes.routes(e));
        all.addAll(AdminRoutes.routes(e));
        all.addAll(PaymentRoutes.routes(e));
        all.addAll(MonitoringRoutes.routes(e));
        List<Route> withSystem = new ArrayList<>(all);
        withSystem.addAll(0, SystemRoutes.routes(e, withSystem));
        return List.copyOf(withSystem);
    }

    public static void wire(JavalinConfig cfg, Engines e) {
        cfg.startup.showJavalinBanner = false;
        cfg.http.maxRequestSize = MAX_REQUEST;
        cfg.routes.before(ctx -> ctx.attribute(START, System.nanoTime()));
        for (Route r : routes(e)) {
            io.javalin.http.Handler h = ctx -> {
                ctx.attribute(ROUTE, r.path());
                ctx.attribute(Bodies.ROUTE_LIMIT, r.maxBody());
                long declared = ctx.contentLength();
                if (declared > r.maxBody() && r.maxBody() > 0) {
                    Bodies.drain(ctx, declared);
                    throw new ApiException(413, "request body exceeds " + r.maxBody() + " bytes");
                }
                Principal p = null;
                if (r.permission() != null) {
                    p = e.auth().require(ctx);
                    if (!Access.allows(p.role(), r.permission())) {
                        throw new ApiException(403, "role " + p.role().key() + " may not " + r.method() + " "
                                + r.path() + " (needs " + r.permission().name() + ")");
                    }
                }
                r.handler().handle(ctx, p);
            };
            switch (r.method()) {
                case "GET" -> cfg.routes.get(r.path(), h);
                case "POST" -> cfg.routes.post(r.path(), h);
                case "PUT" -> cfg.routes.put(r.path(), h);
                case "DELETE" -> cfg.routes.delete(r.path(), h);
                default -> throw new IllegalArgumentException("unsupported method " + r.method());
            }
        }
        cfg.routes.exception(ApiException.class, (ex, ctx) -> {
            if (ex.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            Bodies.error(ctx, ex.status(), ex.getMessage());
        });
        cfg.routes.exception(ValidationException.class, (ex, ctx) -> {
            Bodies.error(ctx, 400, ex.getMessage());
            ctx.result(dev.interdict.app.service.Json.write(java.util.Map.of("error", ex.getMessage(),
                    "errors", ex.errors())));
        });
        cfg.routes.exception(HttpResponseException.class, (ex, ctx) ->
                Bodies.error(ctx, ex.getStatus(), ex.getMessage().toLowerCase(Locale.ROOT)));
        cfg.routes.exception(Exception.class, (ex, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), ex);
            Bodies.error(ctx, 500, "internal error");
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.attribute("interdict.error") == null) {
                Bodies.error(ctx, 404, "no route " + ctx.method() + " " + ctx.path());
            }
        });
        cfg.routes.error(405, ctx -> {
            if (ctx.attribute("interdict.error") == null) {
                Bodies.error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path());
            }
        });
        cfg.routes.after(ctx -> {
            Long start = ctx.attribute(START);
            String route = ctx.attribute(ROUTE);
            if (start != null) {
                e.metrics().request(ctx.method().name(), route == null ? "unmatched" : route, ctx.statusCode(),
                        System.nanoTime() - start);
            }
        });
    }
}
