package dev.interdict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @Test
    void addsScoreAndMatchAndPassesOtherColumnsThrough() throws IOException {
        Path in = dir.resolve("pairs.csv");
        Files.writeString(in, """
                case,schema,name1,name2,note
                1,Person,Mohammed Hussein,Muhammad Husayn,"romanisation, Arabic"
                2,Person,Mohammed Hassan,Muhammad Hussein,different names
                3,Company,"Los Cuinis, S.A. de C.V.",LOS CUINIS LLC,legal forms
                4,Company,S.A. de C.V.,LLC,only legal forms
                """);
        Path out = dir.resolve("scores.csv");
        assertThat(run("compare", "--input", in.toString(), "--output", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("case,schema,name1,name2,note,score,match");
        assertThat(lines.get(1)).startsWith("1,Person,Mohammed Hussein,Muhammad Husayn,\"romanisation, Arabic\",")
                .endsWith(",true");
        assertThat(lines.get(2)).endsWith(",false");
        assertThat(lines.get(3)).startsWith("3,Company,\"Los Cuinis, S.A. de C.V.\",").endsWith("1.0000,true");
        assertThat(lines.get(4)).endsWith("0.0000,false");
    }

    @Test
    void ofacAlgorithmScoresLikeSanctionsListSearch() throws IOException {
        Path in = dir.resolve("pairs.csv");
        Files.writeString(in, "schema,name1,name2\nPerson,VLADIMIR PUTIN,\"PUTIN, Vladimir\"\nPerson,Abc,Xyz Qrs\n");
        Path out = dir.resolve("scores.csv");
        assertThat(run("compare", "--algorithm", "ofac", "--input", in.toString(), "--output", out.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(1)).endsWith("1.0000,true");
        assertThat(lines.get(2)).endsWith(",false");
        assertThat(run("compare", "--algorithm", "soundex", "--input", in.toString(), "--output", out.toString()))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void missingColumnsOrUnknownSchemaAreBadData() throws IOException {
        Path in = dir.resolve("pairs.csv");
        Files.writeString(in, "schema,a,b\nPerson,x,y\n");
        assertThat(run("compare", "--input", in.toString(), "--output", dir.resolve("o.csv").toString()))
                .isEqualTo(ExitCodes.DATA_ERR);
        Files.writeString(in, "schema,name1,name2\nPlanet,x,y\n");
        assertThat(run("compare", "--input", in.toString(), "--output", dir.resolve("o.csv").toString()))
                .isEqualTo(ExitCodes.DATA_ERR);
        assertThat(err.toString()).contains("line 2").contains("unknown schema 'Planet'");
        assertThat(run("compare", "--input", dir.resolve("none.csv").toString(), "--output", "x"))
                .isEqualTo(ExitCodes.NO_INPUT);
    }
}
