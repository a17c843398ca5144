package dev.interdict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.store.Store;
import dev.interdict.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admin create-key}, {@code audit verify} and {@code lists import} on the embedded database. */
class ServerCommandsTest {

    @TempDir
    Path data;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void createKeyPrintsAKeyThatAuthenticatesForItsTenantAndRole() {
        Run r = run("admin", "create-key", "--data", data.toString(), "--tenant", "bank-a", "--role", "supervisor");
        assertThat(r.code()).as(r.err()).isZero();
        String key = r.out().strip();
        assertThat(key).startsWith("idk_");
        try (Store store = Store.open(Store.embeddedUrl(data))) {
            var p = store.withHandle(h -> store.apiKeys().authenticate(h, key)).orElseThrow();
            assertThat(p.tenantName()).isEqualTo("bank-a");
            assertThat(p.role().key()).isEqualTo("supervisor");
        }
        Run bad = run("admin", "create-key", "--data", data.toString(), "--tenant", "bank-a", "--role", "root");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown role 'root'");
    }

    @Test
    void auditVerifyDetectsAnEditedAndADeletedEntry() {
        for (int i = 0; i < 3; i++) {
            assertThat(run("admin", "create-key", "--data", data.toString(), "--tenant", "t" + i, "--role",
                    "analyst").code()).isZero();
        }
        Run ok = run("audit", "verify", "--data", data.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("intact: 6 entries");

        try (Store store = Store.open(Store.embeddedUrl(data))) {
            store.useHandle(h -> h.execute("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2"));
        }
        Run edited = run("audit", "verify", "--data", data.toString());
        assertThat(edited.code()).isEqualTo(ExitCodes.DATA_ERR);
        assertThat(edited.err()).contains("BROKEN").contains("entry 2");

        try (Store store = Store.open(Store.embeddedUrl(data))) {
            store.useHandle(h -> h.execute("UPDATE audit_log SET actor = 'cli' WHERE seq = 2"));
            store.useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 4"));
        }
        Run deleted = run("audit", "verify", "--data", data.toString());
        assertThat(deleted.code()).isEqualTo(ExitCodes.DATA_ERR);
        assertThat(deleted.err()).contains("entry 4").contains("missing");
    }

    @Test
    void listsImportStoresAndActivatesAVersionOnceAndRefusesBadFiles() {
        Path un = SharedData.require("lists/un-consolidated-2026-02/consolidated.xml");
        Run first = run("lists", "import", "--data", data.toString(), un.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("un-sc: version 1 active");
        Run again = run("lists", "import", "--data", data.toString(), un.toString());
        assertThat(again.out()).contains("unchanged");
        try (Store store = Store.open(Store.embeddedUrl(data))) {
            var versions = store.withHandle(h -> store.lists().all(h));
            assertThat(versions).hasSize(1);
            assertThat(versions.get(0).active()).isTrue();
            assertThat(versions.get(0).entityCount()).isGreaterThan(900);
        }
        Run missing = run("lists", "import", "--data", data.toString(), data.resolve("nope.xml").toString());
        assertThat(missing.code()).isNotZero();
    }
}
