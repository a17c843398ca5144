package dev.interdict.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.store.ListVersions;
import dev.interdict.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of a writing process (a child JVM, {@link CrashChild}) during a bulk customer import and during list
 * version imports: nothing acknowledged is lost, no import is half applied, and no list version is half written
 * or half activated. Run on the embedded H2 file database ({@code H2CrashTest}) and PostgreSQL
 * ({@code PostgresCrashIT}).
 */
abstract class CrashContract {

    /** A fresh database URL the child and the test both open. */
    abstract String url();

    /** Starts the child, waits for {@code acks} acknowledgements plus a random moment, kills it with SIGKILL. */
    static List<Long> runAndKill(String mode, String url, int acks) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), mode, url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> acked = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.currentTimeMillis() + 120_000;
            while (acked.size() < acks && System.currentTimeMillis() < deadline) {
                String line = r.readLine();
                if (line == null) {
                    throw new AssertionError("child ended early (exit " + p.waitFor() + ")");
                }
                if (line.startsWith("ACK ")) {
                    acked.add(Long.parseLong(line.substring(4).strip()));
                }
            }
            Thread.sleep(20 + (long) (Math.random() * 200)); // somewhere inside the next transaction
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
            p.waitFor();
            // acknowledgements printed before the kill landed count too
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("ACK ")) {
                    acked.add(Long.parseLong(line.substring(4).strip()));
                }
            }
        } catch (IOException e) {
            // the pipe broke with the kill: what was read is what was acknowledged
        } finally {
            p.destroyForcibly();
        }
        assertThat(acked).as("acknowledgements before the kill").hasSizeGreaterThanOrEqualTo(acks);
        return acked;
    }

    @Test
    void killDuringBulkImportLosesNothingAcknowledgedAndAppliesNoImportByHalves() throws Exception {
        String url = url();
        List<Long> acked = runAndKill("customers", url, 4);
        try (Store store = Store.open(url, 2)) {
            Map<String, Long> perBatch = store.withHandle(h -> countsPerBatch(h));
            for (long b : acked) {
                assertThat(perBatch.get(String.format("b%05d", b))).as("acknowledged batch " + b)
                        .isEqualTo(CrashChild.BATCH);
            }
            assertThat(perBatch.values()).as("every stored batch is complete").allMatch(n -> n == CrashChild.BATCH);
            assertThat(store.withHandle(h -> store.audit().verify(h)).ok()).isTrue();
        }
    }

    private static Map<String, Long> countsPerBatch(Handle h) {
        Map<String, Long> out = new java.util.HashMap<>();
        h.createQuery("SELECT SUBSTRING(id, 1, 6) AS b, COUNT(*) AS n FROM customers GROUP BY SUBSTRING(id, 1, 6)")
                .map((rs, ctx) -> Map.entry(rs.getString("b"), rs.getLong("n")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Test
    void killDuringListImportNeverLeavesAHalfAppliedVersion() throws Exception {
        String url = url();
        List<Long> acked = runAndKill("lists", url, 2);
        try (Store store = Store.open(url, 2)) {
            List<ListVersions.Version> versions = store.withHandle(h -> store.lists().all(h));
            assertThat(versions).extracting(ListVersions.Version::id).containsAll(acked);
            for (ListVersions.Version v : versions) {
                long rows = store.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM list_entities WHERE version_id"
                        + " = :v").bind("v", v.id()).mapTo(Long.class).one());
                assertThat(rows).as("entities of version " + v.id()).isEqualTo(v.entityCount())
                        .isEqualTo(CrashChild.ENTITIES);
            }
            List<ListVersions.Version> active = versions.stream().filter(ListVersions.Version::active).toList();
            assertThat(active).hasSize(1);
            assertThat(active.get(0).id()).isGreaterThanOrEqualTo(acked.get(acked.size() - 1));
            long orphans = store.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM list_entities e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM list_versions v WHERE v.id = e.version_id)").mapTo(Long.class).one());
            assertThat(orphans).isZero();
            assertThat(store.withHandle(h -> store.audit().verify(h)).ok()).isTrue();
        }
    }
}
