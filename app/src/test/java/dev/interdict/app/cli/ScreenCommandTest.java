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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static String sdn() {
        return SharedData.require("lists/ofac-sdn-2021-07").toString();
    }

    private static String cartels() {
        return SharedData.require("lists/ofac-sdn-2026-cartel-rows").toString();
    }

    @Test
    void oneNamePrintsATableWithExplanation() {
        assertThat(run("screen", "--lists", sdn(), "Joaquín Guzmán Loera")).isZero();
        assertThat(out.toString()).contains("SCORE").contains("GUZMAN LOERA, Joaquin").contains("6861")
                .contains("SDNTK").contains("why: name 1.00");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void oneNameWithAttributesAsJson() throws IOException {
        assertThat(run("screen", "--lists", cartels(), "--json", "--dob", "1966", "--country", "Mexico",
                "--schema", "person", "Ruben Oseguera Cervantes")).isZero();
        JsonNode m = json.readTree(out.toString()).get("matches").get(0);
        assertThat(m.get("source_id").asText()).isEqualTo("17674");
        assertThat(m.get("explanation").get("attributes").get(0).get("outcome").asText()).isEqualTo("agrees");
    }

    @Test
    void batchWritesOneLinePerRowInInputOrder() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, """
                id,name,schema,birth_date,country,extra
                c1,Cartel de Sinaloa,,,,x
                c2,Jane Q. Nobody,Person,1980-02-03,US,y
                c3,"OSEGUERA CERVANTES, Ruben",Person,1966-07-17,MX,z
                c4,CJNG,Organization,,,
                """);
        Path outFile = dir.resolve("out.jsonl");
        assertThat(run("screen", "--lists", cartels(), "--lists", SharedData.require(
                "lists/ofac-sdn-2025-12-partial").toString(), "--input", in.toString(), "--output",
                outFile.toString(), "--threads", "2")).isZero();
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines).hasSize(4);
        JsonNode l1 = json.readTree(lines.get(0));
        assertThat(l1.get("id").asText()).isEqualTo("c1");
        JsonNode top = l1.get("matches").get(0);
        assertThat(top.get("list").asText()).isEqualTo("ofac-sdn");
        assertThat(top.get("source_id").asText()).isEqualTo("11440");
        assertThat(top.get("entity_id").asText()).isEqualTo("ofac-sdn:11440");
        assertThat(top.get("schema").asText()).isNotBlank();
        assertThat(top.get("caption").asText()).isEqualTo("SINALOA CARTEL");
        assertThat(top.get("matched_name").asText()).isEqualTo("CARTEL DE SINALOA");
        assertThat(top.get("score").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(top.get("programs").toString()).contains("FTO").contains("SDGT");
        assertThat(top.get("explanation").get("text").asText()).contains("sinaloa=sinaloa exact");
        assertThat(json.readTree(lines.get(1)).get("matches")).isEmpty();
        assertThat(json.readTree(lines.get(2)).get("matches").get(0).get("source_id").asText()).isEqualTo("17674");
        assertThat(json.readTree(lines.get(3)).get("id").asText()).isEqualTo("c4");
        assertThat(json.readTree(lines.get(3)).get("matches").get(0).get("source_id").asText()).isEqualTo("17671");
    }

    @Test
    void thresholdAndLimitShapeTheMatches() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,name\n1,Mohammed Hassan\n");
        Path outFile = dir.resolve("out.jsonl");
        assertThat(run("screen", "--lists", sdn(), "--input", in.toString(), "--output", outFile.toString(),
                "--threshold", "0.7", "--limit", "3")).isZero();
        JsonNode matches = json.readTree(Files.readString(outFile)).get("matches");
        assertThat(matches.size()).isEqualTo(3);
        double prev = 1;
        for (JsonNode m : matches) {
            assertThat(m.get("score").asDouble()).isGreaterThanOrEqualTo(0.7).isLessThanOrEqualTo(prev);
            prev = m.get("score").asDouble();
        }
    }

    @Test
    void badRowsAreReportedAndGoodRowsKept() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,name,birth_date\n1,CJNG,\n2,,\n3,Los Cuinis,31-02-1999\n");
        Path outFile = dir.resolve("out.jsonl");
        int code = run("screen", "--lists", cartels(), "--lists",
                SharedData.require("lists/ofac-sdn-2025-12-partial").toString(), "--input", in.toString(),
                "--output", outFile.toString());
        assertThat(code).isEqualTo(ExitCodes.DATA_ERR);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("2 of 3 rows could not be screened")
                .contains("line 3: 'name' is empty");
        List<String> lines = Files.readAllLines(outFile);
        assertThat(lines).hasSize(3);
        assertThat(json.readTree(lines.get(0)).get("matches").get(0).get("source_id").asText()).isEqualTo("17671");
        assertThat(json.readTree(lines.get(1)).get("error").asText()).contains("'name' is empty");
        assertThat(json.readTree(lines.get(2)).get("error").asText()).contains("birth_date");
    }

    @Test
    void errorsEndWithOneLineAndTheRightExitCode() throws IOException {
        assertThat(run("screen", "--lists", dir.resolve("nope").toString(), "X")).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(err.toString().lines().count()).isEqualTo(1);
        err.getBuffer().setLength(0);
        assertThat(run("screen", "--lists", sdn())).isEqualTo(ExitCodes.USAGE);
        assertThat(run("screen", "--lists", sdn(), "--threshold", "2", "X")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("screen", "--lists", sdn(), "--dob", "yesterday", "X")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("screen", "--bogus")).isEqualTo(ExitCodes.USAGE);
        Path header = dir.resolve("h.csv");
        Files.writeString(header, "identifier,fullname\n1,x\n");
        err.getBuffer().setLength(0);
        assertThat(run("screen", "--lists", sdn(), "--input", header.toString(), "--output",
                dir.resolve("o").toString())).isEqualTo(ExitCodes.DATA_ERR);
        assertThat(err.toString()).contains("header must have 'id' and 'name'");
        assertThat(run("screen", "--lists", sdn(), "--input", dir.resolve("missing.csv").toString(), "--output",
                dir.resolve("o").toString())).isEqualTo(ExitCodes.NO_INPUT);
        Path notAList = dir.resolve("list.txt");
        Files.writeString(notAList, "hello");
        assertThat(run("screen", "--lists", notAList.toString(), "X")).isEqualTo(ExitCodes.DATA_ERR);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
