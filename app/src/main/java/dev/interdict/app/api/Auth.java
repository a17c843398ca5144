package dev.interdict.app.api;

import dev.interdict.store.Principal;
import dev.interdict.store.Store;
import dev.interdict.store.internal.Hashing;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authenticates requests: {@code Authorization: Bearer KEY} (an API key) or {@code Basic} (a user and password).
 * Successful look-ups are cached for {@link #CACHE_MILLIS} ms, keyed by a hash of the credentials, so a revoked
 * key stops working within that time (at once on this server when revoked through the API).
 */
public final class Auth {

    public static final long CACHE_MILLIS = 10_000;
    private static final int MAX_CACHE = 10_000;

    private record Cached(Principal principal, long expires) {
    }

    private final Store store;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    Auth(Store store) {
        this.store = store;
    }

    /** The caller, or a 401. */
    public Principal require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("missing Authorization header: send 'Authorization: Bearer API_KEY'");
        }
        String cacheKey = Hashing.sha256(header);
        long now = System.currentTimeMillis();
        Cached hit = cache.get(cacheKey);
        if (hit != null && hit.expires() > now) {
            return hit.principal();
        }
        Optional<Principal> p;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = header.substring(7).strip();
            p = store.withHandle(h -> store.apiKeys().authenticate(h, key));
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw unauthorized("malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw unauthorized("malformed Basic credentials");
            }
            String user = decoded.substring(0, colon);
            char[] password = decoded.substring(colon + 1).toCharArray();
            p = store.withHandle(h -> store.users().authenticate(h, user, password));
        } else {
            throw unauthorized("unsupported Authorization scheme: use Bearer");
        }
        if (p.isEmpty()) {
            cache.remove(cacheKey);
            throw unauthorized("invalid or revoked credentials");
        }
        if (cache.size() >= MAX_CACHE) {
            cache.clear();
        }
        cache.put(cacheKey, new Cached(p.get(), now + CACHE_MILLIS));
        return p.get();
    }

    /** Forgets cached credentials (after a key is revoked). */
    public void invalidate() {
        cache.clear();
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(401, message);
    }
}
