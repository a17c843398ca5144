package dev.interdict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interdict.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void statsPrintsCountsProblemsAndHash() {
        Path un = SharedData.require("lists/un-consolidated-2026-02/consolidated.xml");
        assertThat(run("lists", "stats", un.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("list: un-sc (UN_XML)").contains("entities: 1003").contains("Person: 730")
                .contains("Organization: 273").contains("problems: ").containsPattern("content hash: [0-9a-f]{64}");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void diffAsJsonHasOneElementPerEntity() throws IOException {
        String oldP = SharedData.require("lists/ofac-sdn-2019").toString();
        String newP = SharedData.require("lists/ofac-sdn-2021-07").toString();
        assertThat(run("lists", "diff", oldP, newP, "--format", "json")).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("added").size()).isEqualTo(1858);
        assertThat(json.get("removed").size()).isEqualTo(261);
        JsonNode first = json.get("added").get(0);
        assertThat(first.has("id") && first.has("source_id") && first.has("schema") && first.has("caption")
                && first.has("programs")).isTrue();
        JsonNode changed = json.get("changed").get(0);
        assertThat(changed.get("id").asText()).startsWith("ofac-sdn:");
        assertThat(changed.get("fields").size()).isPositive();
    }

    @Test
    void diffAsTextSummarises() {
        Path p = SharedData.require("lists/ofac-sdn-2026-cartel-rows");
        assertThat(run("lists", "diff", p.toString(), p.toString())).isEqualTo(0);
        assertThat(out.toString()).isEqualTo("0 added, 0 removed, 0 changed\n");
    }

    @Test
    void exportWritesFtmLinesToAFileOrStdout() throws IOException {
        Path p = SharedData.require("lists/ofac-sdn-2026-cartel-rows");
        Path file = dir.resolve("out.jsonl");
        assertThat(run("lists", "export", "--format", "ftm", p.toString(), "--output", file.toString())).isEqualTo(0);
        assertThat(Files.readAllLines(file)).hasSize(6).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"ofac-sdn:"));
        assertThat(run("lists", "export", "--format", "ftm", p.toString())).isEqualTo(0);
        assertThat(out.toString().split("\n")).hasSize(6);
        assertThat(run("lists", "stats", file.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("list: ofac-sdn (FTM_JSON)").contains("entities: 6");
    }

    @Test
    void errorsEndWithSysexitsCodesAndOneLine() throws IOException {
        assertThat(run("lists", "stats", dir.resolve("missing").toString())).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(err.toString().strip().lines()).hasSize(1);
        err.getBuffer().setLength(0);
        Path txt = Files.writeString(dir.resolve("list.txt"), "x");
        assertThat(run("lists", "stats", txt.toString())).isEqualTo(ExitCodes.DATA_ERR);
        assertThat(err.toString().strip().lines()).singleElement().asString().contains("unknown list format");
        Path badXml = Files.writeString(dir.resolve("bad.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS>");
        assertThat(run("lists", "stats", badXml.toString())).isEqualTo(ExitCodes.DATA_ERR);
        assertThat(run("lists", "diff", txt.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("lists", "diff", txt.toString(), txt.toString(), "--format", "xml")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("lists", "export", "--format", "csv", txt.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("lists")).isEqualTo(ExitCodes.USAGE);
    }
}
