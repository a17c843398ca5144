package dev.interdict.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.PartialDate;
import dev.interdict.model.Schema;
import dev.interdict.testing.SharedData;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesPlainFtmPropertiesThatOtherToolsUnderstand() throws IOException {
        Entity e = Entity.builder("ofac-sdn", "17674").schema(Schema.PERSON)
                .name(Name.primary("OSEGUERA CERVANTES, Ruben")).name(Name.weak("El Mencho"))
                .birthDate(new BirthDate(PartialDate.ofYear(1966), PartialDate.ofYear(1968), true))
                .nationality("MX").identifier(new Identifier("Passport", "P1", "MX", null))
                .identifier(new Identifier("Digital Currency Address - XBT", "1abc"))
                .program("SDNTK").property("title", "Boss").property("name", "collides").build();
        JsonNode o = new ObjectMapper().readTree(FtmWriter.toJson(e));
        assertThat(o.get("id").asText()).isEqualTo("ofac-sdn:17674");
        assertThat(o.get("schema").asText()).isEqualTo("Person");
        assertThat(o.get("datasets").get(0).asText()).isEqualTo("ofac-sdn");
        JsonNode p = o.get("properties");
        assertThat(p.get("name").toString()).isEqualTo("[\"OSEGUERA CERVANTES, Ruben\"]");
        assertThat(p.get("weakAlias").toString()).isEqualTo("[\"El Mencho\"]");
        assertThat(p.get("nationality").toString()).isEqualTo("[\"mx\"]");
        assertThat(p.get("birthDate").toString()).isEqualTo("[\"1966\"]");
        assertThat(p.get("passportNumber").toString()).isEqualTo("[\"P1\"]");
        assertThat(p.get("title").toString()).isEqualTo("[\"Boss\"]");
        assertThat(FtmWriter.toJson(e)).doesNotContain("\n");
        assertThat(FtmReader.entity(o)).isEqualTo(e);
    }

    @Test
    void realOfacAndUnListsReadBackEqual() throws IOException {
        for (String list : List.of("lists/ofac-sdn-2021-07", "lists/un-consolidated-2026-02/consolidated.xml",
                "lists/ofac-sdn-2025-12-partial")) {
            ListVersion v = ListLoader.load(SharedData.require(list));
            Path out = dir.resolve(v.name() + v.entities().size() + ".jsonl");
            try (var w = Files.newBufferedWriter(out)) {
                new FtmWriter(w).writeAll(v.entities());
            }
            ListVersion back = ListLoader.load(out);
            assertThat(back.report().problems()).isEmpty();
            assertThat(back.name()).isEqualTo(v.name());
            assertThat(back.entities()).hasSize(v.entities().size());
            for (int i = 0; i < v.entities().size(); i++) {
                assertThat(back.entities().get(i)).isEqualTo(v.entities().get(i));
            }
            assertThat(back.contentHash()).isEqualTo(v.contentHash());
        }
    }

    @Test
    void writerFlushesEveryLine() throws IOException {
        StringWriter sw = new StringWriter();
        new FtmWriter(sw).writeAll(List.of(Entity.builder("x", "1").name(Name.primary("A")).build(),
                Entity.builder("x", "2").name(Name.primary("B")).build()));
        assertThat(sw.toString().split("\n")).hasSize(2);
    }
}
