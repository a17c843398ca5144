package dev.interdict.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.interdict.app.service.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reading request bodies within a route's limit, and writing JSON replies. */
final class Bodies {

    static final String ROUTE_LIMIT = "interdict.maxBody";

    private Bodies() {
    }

    /** The body as bytes; 413 when it exceeds the route's limit. */
    static byte[] bytes(Context ctx) {
        Integer limit = ctx.attribute(ROUTE_LIMIT);
        int max = limit == null ? Route.SMALL_BODY : limit;
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] data = in.readNBytes(max + 1);
            if (data.length > max) {
                drain(ctx, ctx.contentLength());
                throw new ApiException(413, "request body exceeds " + max + " bytes");
            }
            return data;
        } catch (IOException e) {
            throw new ApiException(400, "cannot read request body: " + e.getMessage());
        }
    }

    /** The most of a refused body read and discarded, so the client gets the 413 instead of a reset connection. */
    static final long DRAIN_MAX = 4L * 1024 * 1024;

    /** Reads and discards a refused body when it is small enough; a larger one is cut off with the connection. */
    static void drain(Context ctx, long declared) {
        if (declared > DRAIN_MAX) {
            return;
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            for (int n = in.read(buf); n >= 0 && total < DRAIN_MAX; n = in.read(buf)) {
                total += n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    static String text(Context ctx) {
        return new String(bytes(ctx), StandardCharsets.UTF_8);
    }

    /** The body parsed as {@code type}; 400 with the parser's reason when it is not. */
    static <T> T json(Context ctx, Class<T> type) {
        byte[] body = bytes(ctx);
        if (body.length == 0) {
            throw ApiException.badRequest("a JSON body is required");
        }
        try {
            T value = Json.MAPPER.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("a JSON object is required");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown field '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read request body: " + e.getMessage());
        }
    }

    static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    static void error(Context ctx, int status, String message) {
        ctx.attribute("interdict.error", Boolean.TRUE);
        send(ctx, status, Map.of("error", message));
    }

    /** A query parameter as an int in {@code [min, max]}, or {@code dflt} when absent. */
    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " must be in " + min + ".." + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, got '" + v + "'");
        }
    }

    static long longParam(Context ctx, String name, long dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, got '" + v + "'");
        }
    }

    static long pathId(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no such " + name + " '" + ctx.pathParam(name) + "'");
        }
    }
}
