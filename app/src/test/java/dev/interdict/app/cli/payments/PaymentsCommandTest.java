package dev.interdict.app.cli.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interdict.app.cli.Cli;
import dev.interdict.payments.TestLists;
import dev.interdict.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentsCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path messages(String... names) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (String n : names) {
            Files.write(in.resolve(n), TestLists.message(n));
        }
        return in;
    }

    private List<JsonNode> lines(Path f) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(f)) {
            out.add(new ObjectMapper().readTree(l));
        }
        return out;
    }

    @Test
    void screensAFolderAgainstOfacCsvAndRecordsBlocks() throws Exception {
        Path lists = SharedData.require("lists/ofac-sdn-2021-07");
        Path in = messages("mt103-block.txt", "mt103-pass.txt", "pacs.008.001.09.xml", "xxe.xml");
        Path outFile = dir.resolve("out.jsonl");
        Path ledger = dir.resolve("ledger.jsonl");
        int code = run("payments", "screen", "--lists", lists.toString(), "--input", in.toString(), "--output",
                outFile.toString(), "--ledger", ledger.toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        List<JsonNode> ls = lines(outFile);
        assertThat(ls).hasSize(6); // 1 + 1 + 3 transactions + 1 held
        JsonNode block = ls.get(0);
        assertThat(block.path("file").asText()).endsWith("mt103-block.txt");
        assertThat(block.path("decision").asText()).isEqualTo("BLOCK");
        assertThat(block.path("message_id").asText()).isEqualTo("NWT0002MT103");
        assertThat(block.path("uetr").asText()).isEqualTo("0f1e2d3c-4b5a-4697-8a9b-0c1d2e3f4a5b");
        JsonNode hit = block.path("hits").get(0);
        assertThat(hit.path("role").asText()).isEqualTo("creditor");
        assertThat(hit.path("path").asText()).isEqualTo("MT103/4/59F");
        assertThat(hit.path("value").asText()).isEqualTo("CARTEL DE JALISCO NUEVA GENERACION");
        assertThat(hit.path("source_id").asText()).isEqualTo("ofac-sdn:17671");
        assertThat(hit.path("score").asDouble()).isEqualTo(1.0);
        assertThat(hit.path("programs").toString()).contains("SDNTK");
        assertThat(block.path("ledger_id").asText()).isEqualTo(block.path("ledger_id").asText()).startsWith("BP-");
        assertThat(ls.get(1).path("decision").asText()).isEqualTo("PASS");
        assertThat(ls.get(2).path("end_to_end_id").asText()).isEqualTo("E2E-CLEAN-1");
        assertThat(ls.get(3).path("decision").asText()).isEqualTo("BLOCK"); // LOS CUINIS
        assertThat(ls.get(4).path("decision").asText()).isEqualTo("HOLD"); // pago a CJNG
        assertThat(ls.get(5).path("decision").asText()).isEqualTo("HOLD");
        assertThat(ls.get(5).path("reason").asText()).contains("DTD");
        assertThat(err.toString()).contains("screened 4 file(s)");

        // the ledger: list, four-eyes release, reports
        String id = block.path("ledger_id").asText();
        assertThat(run("payments", "ledger", "list", "--ledger", ledger.toString())).isZero();
        assertThat(out.toString()).contains(id, "BLOCKED", "ofac-sdn:17671");
        assertThat(run("payments", "ledger", "release", id, "--ledger", ledger.toString(), "--licence", "MUL-1",
                "--by", "bob")).isZero();
        assertThat(run("payments", "ledger", "approve", id, "--ledger", ledger.toString(), "--by", "bob"))
                .isEqualTo(65);
        assertThat(err.toString()).startsWith("interdict: four-eyes").doesNotContain("\tat ");
        assertThat(run("payments", "ledger", "approve", id, "--ledger", ledger.toString(), "--by", "carol")).isZero();
        assertThat(out.toString()).contains("RELEASED");
        assertThat(run("payments", "ledger", "show", id, "--ledger", ledger.toString())).isZero();
        assertThat(out.toString()).contains("\"audit_trail\"", "RELEASE_REQUESTED", "APPROVED");
        assertThat(run("payments", "ledger", "report", id, "--ledger", ledger.toString(), "--institution",
                "First Example Bank")).isZero();
        assertThat(out.toString()).contains("REPORT OF BLOCKED PROPERTY", "First Example Bank", "Due to OFAC by");
        assertThat(run("payments", "ledger", "annual-report", "--ledger", ledger.toString(), "--year", "2026",
                "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"as_of\" : \"2026-06-30\"");
    }

    @Test
    void errorsAreOneLineWithSysexitsCodes() throws Exception {
        Path lists = dir.resolve("lists.jsonl");
        Files.writeString(lists, "{\"id\":\"x1\",\"schema\":\"Organization\",\"properties\":{\"name\":[\"LOS CUINIS\"],"
                + "\"program\":[\"SDNTK\"]}}\n");
        Path in = messages("mt103-pass.txt");
        assertThat(run("payments", "screen", "--lists", lists.toString(), "--input", dir.resolve("nope").toString()))
                .isEqualTo(66);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(run("payments", "screen", "--lists", dir.resolve("missing").toString(), "--input", in.toString()))
                .isEqualTo(66);
        assertThat(run("payments", "screen", "--input", in.toString())).isEqualTo(64);
        Path badPolicy = dir.resolve("policy.json");
        Files.writeString(badPolicy, "{\"programs\": {\"FTO\": \"FREEZE\"}}");
        assertThat(run("payments", "screen", "--lists", lists.toString(), "--input", in.toString(), "--policy",
                badPolicy.toString())).isEqualTo(65);
        assertThat(err.toString()).contains("FREEZE");
        assertThat(run("payments", "screen", "--lists", lists.toString(), "--input", in.toString())).isZero();
        assertThat(out.toString()).contains("\"decision\":\"PASS\"");
        assertThat(run("payments", "ledger", "list", "--ledger", dir.resolve("none.jsonl").toString())).isZero();
        assertThat(run("payments", "ledger", "approve", "BP-1", "--ledger", dir.resolve("none.jsonl").toString(),
                "--by", "x")).isEqualTo(66);
    }
}
