package dev.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFormatsTest {

    @TempDir
    Path dir;

    @Test
    void detectsEachFormatFromThePath() throws IOException {
        Path sdn = Files.createDirectory(dir.resolve("sdn"));
        Files.writeString(sdn.resolve("sdn.csv"), "");
        Path altOnly = Files.createDirectory(dir.resolve("alt"));
        Files.writeString(altOnly.resolve("alt.csv"), "");
        Path cons = Files.createDirectory(dir.resolve("cons"));
        Files.writeString(cons.resolve("cons_prim.csv"), "");
        Path un = Files.createDirectory(dir.resolve("un"));
        Files.writeString(un.resolve("consolidated.xml"), "<?xml version=\"1.0\"?><CONSOLIDATED_LIST/>");
        Path other = Files.writeString(dir.resolve("other.xml"), "<export/>");

        assertThat(ListFormats.detect(sdn)).isEqualTo(ListFormat.OFAC_SDN_CSV);
        assertThat(ListFormats.detect(altOnly)).isEqualTo(ListFormat.OFAC_SDN_CSV);
        assertThat(ListFormats.detect(cons)).isEqualTo(ListFormat.OFAC_CONSOLIDATED_CSV);
        assertThat(ListFormats.detect(un)).isEqualTo(ListFormat.UN_XML);
        assertThat(ListFormats.detect(un.resolve("consolidated.xml"))).isEqualTo(ListFormat.UN_XML);
        for (String name : new String[] {"a.json", "a.jsonl", "a.ftm"}) {
            assertThat(ListFormats.detect(Files.writeString(dir.resolve(name), ""))).isEqualTo(ListFormat.FTM_JSON);
        }
        assertThatThrownBy(() -> ListFormats.detect(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CONSOLIDATED_LIST");
        Path txt = Files.writeString(dir.resolve("list.txt"), "x");
        assertThatThrownBy(() -> ListLoader.load(txt)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected an OFAC CSV folder");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> ListLoader.load(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds no list");
        assertThatThrownBy(() -> ListLoader.load(dir.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void detectsTheSharedLists() throws IOException {
        assertThat(ListFormats.detect(SharedData.require("lists/ofac-sdn-2025-12-partial"))).isEqualTo(ListFormat.OFAC_SDN_CSV);
        assertThat(ListFormats.detect(SharedData.require("lists/ofac-consolidated-2025-12")))
                .isEqualTo(ListFormat.OFAC_CONSOLIDATED_CSV);
        assertThat(ListFormats.detect(SharedData.require("lists/un-consolidated-2026-02"))).isEqualTo(ListFormat.UN_XML);
        Path csl = SharedData.require("lists/csl-sample-2025-06");
        assertThatThrownBy(() -> ListFormats.detect(csl)).isInstanceOf(IllegalArgumentException.class);
    }
}
