package dev.interdict.app.api;

import dev.interdict.store.Principal;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * One endpoint: method, path (Javalin syntax, {@code {id}} for parameters), the permission it needs
 * ({@code null}: public), the largest request body it accepts, a one-line summary (for the OpenAPI document) and
 * the handler.
 */
public record Route(String method, String path, Permission permission, int maxBody, String summary,
        Handler handler) {

    /** The default body limit: 64 KiB. */
    public static final int SMALL_BODY = 64 * 1024;

    /** A route's code; {@code principal} is {@code null} on public routes. */
    @FunctionalInterface
    public interface Handler {
        void handle(Context ctx, Principal principal) throws Exception;
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        if (maxBody < 0) {
            throw new IllegalArgumentException("maxBody must be >= 0, got " + maxBody);
        }
    }

    public static Route get(String path, Permission p, String summary, Handler h) {
        return new Route("GET", path, p, 0, summary, h);
    }

    public static Route post(String path, Permission p, int maxBody, String summary, Handler h) {
        return new Route("POST", path, p, maxBody, summary, h);
    }

    public static Route put(String path, Permission p, int maxBody, String summary, Handler h) {
        return new Route("PUT", path, p, maxBody, summary, h);
    }

    public static Route delete(String path, Permission p, String summary, Handler h) {
        return new Route("DELETE", path, p, 0, summary, h);
    }
}
