package dev.interdict.app.api;

import dev.interdict.app.service.ListSource;
import dev.interdict.app.service.LoadedList;
import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import dev.interdict.store.ApiKeys;
import dev.interdict.store.Role;
import dev.interdict.store.Store;
import dev.interdict.store.internal.Hashing;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real server on a free loopback port over a given store, wired by the production {@link Api#wire}, with a
 * list source that reads a tiny test format: one entity per line, {@code sourceId|name|program,program}, the list
 * named after the file.
 */
final class TestServer implements AutoCloseable {

    final Store store;
    final Engines engines;
    final Javalin app;
    final HttpClient http = HttpClient.newHttpClient();

    TestServer(Store store) {
        this.store = store;
        // list updates go to a closed loopback port: they fail fast and are quarantined (ListUpdaterTest covers them)
        this.engines = Engines.create(store, TestServer::readTestList, Clock.systemUTC(), new Engines.UpdateSettings(
                List.copyOf(dev.interdict.app.service.ListFeeds.official("http://127.0.0.1:9/", "http://127.0.0.1:9/")
                        .values()), Path.of(System.getProperty("java.io.tmpdir"), "interdict-test-downloads"),
                java.time.Duration.ofSeconds(5)));
        this.app = Javalin.create(cfg -> Api.wire(cfg, engines)).start("127.0.0.1", 0);
    }

    static LoadedList readTestList(Path path) throws IOException {
        String text = Files.readString(path);
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        List<Entity> entities = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length < 2) {
                throw new IOException("bad test list line: " + line);
            }
            entities.add(entity(name, f[0], f[1], f.length > 2 && !f[2].isEmpty() ? f[2].split(",") : new String[0]));
        }
        return new LoadedList(name, Hashing.sha256(text), path.toString(), entities, null);
    }

    static Entity entity(String list, String sourceId, String name, String... programs) {
        Entity.Builder b = Entity.builder(list, sourceId).schema(Schema.PERSON).name(Name.primary(name));
        for (String p : programs) {
            b.program(p);
        }
        return b.build();
    }

    /** Creates a key straight in the store (as {@code interdict admin create-key} does). */
    String key(String tenant, Role role) {
        return store.inTransaction(h -> {
            long t = store.tenants().getOrCreate(h, tenant, Instant.now(), null).id();
            ApiKeys.NewKey k = store.apiKeys().create(h, t, role, "test", Instant.now());
            return k.key();
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> send(String method, String path, String key, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String key) {
        return send("GET", path, key, null, null);
    }

    HttpResponse<String> post(String path, String key, String json) {
        return send("POST", path, key, "application/json", json);
    }

    @Override
    public void close() {
        app.stop();
        engines.close();
        store.close();
    }
}
