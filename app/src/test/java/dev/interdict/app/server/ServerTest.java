package dev.interdict.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.app.api.Engines;
import dev.interdict.app.service.LoadedList;
import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.store.Role;
import dev.interdict.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data across restarts, and the server picks up lists imported elsewhere. */
class ServerTest {

    @TempDir
    Path data;

    static HttpResponse<String> send(int port, String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void keepsDataAcrossRestartsAndPicksUpListsImportedByAnotherWriter() throws Exception {
        String key;
        try (Store store = Store.open(Store.embeddedUrl(data));
                Engines engines = Engines.create(store, p -> null, Clock.systemUTC());
                Server server = Server.start(engines, "127.0.0.1", 0)) {
            key = store.inTransaction(h -> store.apiKeys().create(h,
                    store.tenants().getOrCreate(h, "bank-a", Instant.now(), null).id(), Role.ANALYST, null,
                    Instant.now()).key());
            HttpResponse<String> r = send(server.port(), "POST", "/api/v1/customers", key,
                    "{\"id\":\"c1\",\"name\":\"Durable Customer\"}\n");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            // another writer (the CLI) activates a list; the server notices on its next poll
            Entity e = Entity.builder("watch", "1").name(Name.primary("Durable Customer")).build();
            new dev.interdict.app.service.ListService(store, Clock.systemUTC())
                    .importList(new LoadedList("watch", "h1", "test", List.of(e), null), "cli");
            long deadline = System.currentTimeMillis() + 20_000;
            while (engines.lists().current().entities().isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(engines.lists().current().entities()).containsKey("watch:1");
            while (!send(server.port(), "GET", "/api/v1/alerts", key, null).body().contains("c1")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        }
        try (Store store = Store.open(Store.embeddedUrl(data));
                Engines engines = Engines.create(store, p -> null, Clock.systemUTC());
                Server server = Server.start(engines, "127.0.0.1", 0)) {
            HttpResponse<String> c = send(server.port(), "GET", "/api/v1/customers/c1", key, null);
            assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
            assertThat(c.body()).contains("Durable Customer");
            assertThat(send(server.port(), "GET", "/api/v1/alerts", key, null).body()).contains("\"customer_id\":\"c1\"");
            assertThat(engines.lists().current().entities()).containsKey("watch:1");
        }
    }
}
