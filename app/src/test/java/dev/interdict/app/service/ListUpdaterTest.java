package dev.interdict.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.interdict.store.ListVersions;
import dev.interdict.store.Store;
import dev.interdict.store.testing.TestDatabases;
import dev.interdict.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list updater against a local HTTP server (127.0.0.1) that serves the shared list files, with each failure
 * mode: server error, time-out, truncated body, unreadable file, implausible shrink. Every failure is quarantined
 * and the last good version stays active.
 */
class ListUpdaterTest {

    /** How the test server answers. */
    enum Mode { OK, ERROR_500, SLOW, TRUNCATED, GARBLED }

    @TempDir
    Path tmp;
    Path lists;
    HttpServer server;
    volatile Mode mode = Mode.OK;
    /** Which shared folder /ofac/ serves. */
    volatile String ofacFolder = "ofac-sdn-2021-07";
    Store store;
    ListUpdater updater;
    Map<String, ListFeeds.Feed> feeds;

    @BeforeEach
    void setUp() throws IOException {
        lists = SharedData.require("lists");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        feeds = ListFeeds.official(base + "/ofac/", base + "/un/");
        store = TestDatabases.h2();
        updater = new ListUpdater(store, new ListService(store, Clock.systemUTC()), new ListLoaderSource(),
                tmp.resolve("downloads"), Duration.ofSeconds(2));
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
        store.close();
    }

    private void serve(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            Path p = path.startsWith("/ofac/") ? lists.resolve(ofacFolder).resolve(file)
                    : lists.resolve("un-consolidated-2026-02").resolve(file);
            if (!Files.exists(p) || mode == Mode.ERROR_500) {
                x.sendResponseHeaders(Files.exists(p) ? 500 : 404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(p);
            switch (mode) {
                case SLOW -> {
                    x.sendResponseHeaders(200, body.length);
                    try (OutputStream out = x.getResponseBody()) {
                        out.write(body, 0, 100);
                        out.flush();
                        Thread.sleep(4_000);
                    } catch (InterruptedException | IOException e) {
                        // the client gave up
                    }
                }
                case TRUNCATED -> {
                    x.sendResponseHeaders(200, body.length); // announces all, sends half, hangs up
                    x.getResponseBody().write(body, 0, body.length / 2);
                    x.getResponseBody().flush();
                    x.getHttpContext().getServer().stop(0); // hang up mid-body (so this mode goes last)
                }
                case GARBLED -> { // no length announced; half a file that cannot be parsed
                    x.sendResponseHeaders(200, 0);
                    x.getResponseBody().write(body, 0, body.length / 2);
                }
                default -> {
                    x.sendResponseHeaders(200, body.length);
                    x.getResponseBody().write(body);
                }
            }
        }
    }

    ListVersions.Version active(String name) {
        return store.withHandle(h -> store.lists().active(h, name)).orElse(null);
    }

    List<ListVersions.Quarantined> quarantined() {
        return store.withHandle(h -> store.lists().quarantined(h, 100));
    }

    @Test
    void downloadsStoresAndSkipsAnUnchangedList() {
        ListUpdater.Report r = updater.update(feeds.get("un-sc"), "test");
        assertThat(r.outcome()).as(r.detail()).isEqualTo(ListUpdater.Outcome.UPDATED);
        assertThat(active("un-sc").entityCount()).isEqualTo(r.entities()).isGreaterThan(900);
        ListUpdater.Report again = updater.update(feeds.get("un-sc"), "test");
        assertThat(again.outcome()).isEqualTo(ListUpdater.Outcome.UNCHANGED);
        assertThat(again.versionId()).isEqualTo(r.versionId());
        ListUpdater.Report sdn = updater.update(feeds.get("ofac-sdn"), "test");
        assertThat(sdn.outcome()).as(sdn.detail()).isEqualTo(ListUpdater.Outcome.UPDATED);
        assertThat(active("ofac-sdn").entityCount()).isEqualTo(8976);
        assertThat(quarantined()).isEmpty();
    }

    @Test
    void eachFailureModeIsQuarantinedAndTheLastGoodVersionKeepsServing() {
        long un = updater.update(feeds.get("un-sc"), "test").versionId();
        long sdn = updater.update(feeds.get("ofac-sdn"), "test").versionId();

        record Case(Mode mode, String feed, String folder, String reason) {
        }
        List<Case> cases = List.of(
                new Case(Mode.ERROR_500, "un-sc", ofacFolder, "HTTP 500"),
                new Case(Mode.SLOW, "un-sc", ofacFolder, "timed out"),
                new Case(Mode.GARBLED, "un-sc", ofacFolder, "cannot read"),
                // a list that shrinks by more than 10% (2021-07 -> 2019: 8,976 -> 7,379 entities) is not believed
                new Case(Mode.OK, "ofac-sdn", "ofac-sdn-2019", "implausible shrink from 8976 to 7379"),
                new Case(Mode.TRUNCATED, "ofac-sdn", "ofac-sdn-2021-07", "truncated")); // stops the server: last
        for (Case c : cases) {
            mode = c.mode();
            ofacFolder = c.folder();
            ListUpdater.Report r = updater.update(feeds.get(c.feed()), "test");
            assertThat(r.outcome()).as(c.mode() + ": " + r.detail()).isEqualTo(ListUpdater.Outcome.QUARANTINED);
            assertThat(r.detail()).as(c.mode().name()).contains(c.reason());
            assertThat(quarantined().get(0).reason()).contains(c.reason());
        }
        assertThat(active("un-sc").id()).isEqualTo(un);
        assertThat(active("ofac-sdn").id()).isEqualTo(sdn);
        List<ListVersions.Version> all = store.withHandle(h -> store.lists().all(h));
        assertThat(all).hasSize(2);
        assertThat(quarantined()).hasSize(5);
        List<dev.interdict.store.AuditLog.Entry> audit = store.withHandle(h -> store.audit().list(h, null, 0, 100));
        assertThat(audit).filteredOn(e -> e.action().equals("lists.quarantine")).hasSize(5);
    }

    @Test
    void anUnreachableSourceIsQuarantined() {
        server.stop(0);
        ListUpdater.Report r = updater.update(feeds.get("un-sc"), "test");
        assertThat(r.outcome()).isEqualTo(ListUpdater.Outcome.QUARANTINED);
        assertThat(r.detail()).contains("download failed");
        assertThat(r.versionId()).isNull();
    }
}
