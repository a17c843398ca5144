package dev.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.lists.EntityMerger;
import dev.interdict.lists.ListFormat;
import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import dev.interdict.lists.LoadProblem;
import dev.interdict.model.Address;
import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.Relationship;
import dev.interdict.model.Schema;
import dev.interdict.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacCsvReaderTest {

    @TempDir
    Path dir;

    private void write(String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n");
    }

    private static final String CARTEL = "17671,\"CARTEL DE JALISCO NUEVA GENERACION\",-0- ,\"SDNTK] [FTO\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

    @Test
    void readsASmallSetJoiningRemarksAndReportingBadRows() throws IOException {
        write("sdn.csv",
                CARTEL,
                "17674,\"OSEGUERA CERVANTES, Ruben\",\"individual\",\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                        + "\"DOB 31 Feb 1966; nationality Mexico; a.k.a. 'El Men\"",
                "BAD,\"NO NUMBER\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
                "99,\"TOO FEW\",-0- ",
                "15000,\"SEA STAR\",\"vessel\",\"IRAN\",-0- ,\"9BAB\",\"Crude Oil Tanker\",\"150,000\",\"80,000\",\"Iran\",\"NITC\",-0- ");
        write("alt.csv",
                "17671,1,\"aka\",\"CJNG\",-0- ",
                "17674,2,\"fka\",\"OSEGUERA, Nemesio\",-0- ",
                "55555,3,\"aka\",\"NOBODY\",-0- ");
        write("add.csv", "17674,10,\"Calle 1\",\"Guadalajara\",\"Mexico\",-0- ", "17674,11,-0- ,-0- ,-0- ,-0- ");
        write("sdn_comments.csv", "17674,\"cho'; Linked To: CJNG.\"");

        ListVersion v = ListLoader.load(dir);

        assertThat(v.name()).isEqualTo("ofac-sdn");
        assertThat(v.format()).isEqualTo(ListFormat.OFAC_SDN_CSV);
        assertThat(v.entities()).extracting(Entity::sourceId).containsExactly("17671", "17674", "15000");
        Entity mencho = v.get("ofac-sdn:17674").orElseThrow();
        assertThat(mencho.schema()).isEqualTo(Schema.PERSON);
        assertThat(mencho.names()).containsExactly(Name.primary("OSEGUERA CERVANTES, Ruben"),
                new Name("El Mencho", NameKind.WEAK_ALIAS), new Name("OSEGUERA, Nemesio", NameKind.FORMER));
        assertThat(mencho.remarks()).isEqualTo("DOB 31 Feb 1966; nationality Mexico; a.k.a. 'El Mencho'; Linked To: CJNG.");
        assertThat(mencho.relationships()).containsExactly(new Relationship("linked_to", "ofac-sdn:17671", "CJNG"));
        assertThat(mencho.addresses()).containsExactly(new Address("Calle 1", "Guadalajara", null, null, "MX"));
        assertThat(mencho.birthDates()).isEmpty();
        assertThat(mencho.nationalities()).containsExactly("MX");

        Entity vessel = v.get("ofac-sdn:15000").orElseThrow();
        assertThat(vessel.schema()).isEqualTo(Schema.VESSEL);
        assertThat(vessel.properties()).containsEntry("callSign", List.of("9BAB"))
                .containsEntry("vesselType", List.of("Crude Oil Tanker")).containsEntry("tonnage", List.of("150,000"))
                .containsEntry("grossRegisteredTonnage", List.of("80,000")).containsEntry("flag", List.of("Iran"))
                .containsEntry("vesselOwner", List.of("NITC"));
        assertThat(v.get("ofac-sdn:17671").orElseThrow().schema()).isEqualTo(Schema.ORGANIZATION);

        assertThat(v.report().skippedRows()).isEqualTo(3);
        assertThat(v.report().problems()).extracting(LoadProblem::toString).hasSize(4)
                .anySatisfy(p -> assertThat(p).startsWith("sdn.csv:2: ent_num 17674: remark 'DOB 31 Feb 1966'"))
                .contains("sdn.csv:3: skipped: ent_num 'BAD' is not a number",
                        "sdn.csv:4: skipped: expected 12 columns, found 3",
                        "alt.csv:3: skipped: ent_num 55555 is not in sdn.csv");
    }

    @Test
    void withoutSdnCsvEntitiesAreBuiltFromAliases() throws IOException {
        write("alt.csv", "17671,1,\"aka\",\"NEW GENERATION CARTEL OF JALISCO\",-0- ", "17671,2,\"aka\",\"CJNG\",-0- ",
                "17674,3,\"aka\",\"OSEGUERA CERVANTES, Nemesio\",-0- ");
        write("add.csv", "17671,5,-0- ,-0- ,\"Mexico\",-0- ", "424,6,-0- ,\"Havana\",\"Cuba\",-0- ");
        write("sdn_comments.csv", "17674,\"; Linked To: NEW GENERATION CARTEL OF JALISCO.\"");

        ListVersion v = ListLoader.load(dir);

        assertThat(v.report().problems()).extracting(LoadProblem::reason).containsExactly(
                "sdn.csv missing: entities built from aliases only",
                "skipped: ent_num 424 has neither a sdn.csv row nor an alias to name it");
        assertThat(v.report().skippedRows()).isEqualTo(1);
        Entity cjng = v.get("ofac-sdn:17671").orElseThrow();
        assertThat(cjng.names()).containsExactly(Name.primary("NEW GENERATION CARTEL OF JALISCO"), Name.alias("CJNG"));
        assertThat(cjng.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(cjng.properties()).containsKey(EntityMerger.DERIVED_PRIMARY);
        assertThat(cjng.addresses()).extracting(Address::country).containsExactly("MX");
        Entity mencho = v.get("ofac-sdn:17674").orElseThrow();
        assertThat(mencho.schema()).isEqualTo(Schema.PERSON);
        assertThat(mencho.relationships()).extracting(Relationship::targetId).containsExactly("ofac-sdn:17671");
    }

    @Test
    void theFullSdnRowWinsOverAnAliasDerivedEntityInAMerge() throws IOException {
        Path full = Files.createDirectory(dir.resolve("full"));
        Files.writeString(full.resolve("sdn.csv"), CARTEL + "\r\n");
        Path partial = Files.createDirectory(dir.resolve("partial"));
        Files.writeString(partial.resolve("alt.csv"), "17671,1,\"aka\",\"CJNG\",-0- \r\n");

        for (List<Path> order : List.of(List.of(full, partial), List.of(partial, full))) {
            List<Entity> merged = ListLoader.merge(ListLoader.loadAll(order));
            assertThat(merged).singleElement().satisfies(e -> {
                assertThat(e.names()).containsExactly(Name.primary("CARTEL DE JALISCO NUEVA GENERACION"), Name.alias("CJNG"));
                assertThat(e.schema()).isEqualTo(Schema.ORGANIZATION);
                assertThat(e.properties()).doesNotContainKey(EntityMerger.DERIVED_PRIMARY);
            });
        }
    }

    @Test
    void sdn2021HasAllItsEntriesAndJoinsCutRemarks() throws IOException {
        ListVersion v = ListLoader.load(SharedData.require("lists/ofac-sdn-2021-07"));
        assertThat(v.entities()).hasSize(8976);
        long rows = Files.readAllLines(v.source().resolve("sdn.csv")).stream().filter(l -> l.matches("^\\d+,.*")).count();
        assertThat(v.entities()).hasSize((int) rows);
        assertThat(v.report().skippedRows()).isZero();

        Entity cifuentes = v.get("ofac-sdn:12300").orElseThrow();
        assertThat(cifuentes.caption()).isEqualTo("CIFUENTES VILLA, Jorge Milton");
        // the remarks field ends "PROMO RAI", sdn_comments.csv continues "Z S.A.S.; ..."
        assertThat(cifuentes.relationships()).contains(new Relationship("linked_to", "ofac-sdn:12396", "PROMO RAIZ S.A.S."));
        assertThat(v.get("ofac-sdn:12396").orElseThrow().caption()).isEqualTo("PROMO RAIZ S.A.S.");
        assertThat(cifuentes.birthDates()).extracting(Object::toString).containsExactly("1965-05-13", "1968-04-13", "1964-07-07");
        assertThat(cifuentes.identifiers()).hasSize(10);
        Entity tian = v.get("ofac-sdn:28263").orElseThrow();
        assertThat(tian.names()).extracting(Name::value).contains("snowsjohn");
        assertThat(tian.identifiers()).filteredOn(i -> i.type().equals("Digital Currency Address - XBT")).hasSize(8);
        assertThat(v.report().entitiesBySchema()).containsEntry(Schema.PERSON, 4620);
    }

    @Test
    void mergingTheCartelRowsWithThePartialSetOf2025() throws IOException {
        List<ListVersion> versions = ListLoader.loadAll(List.of(SharedData.require("lists/ofac-sdn-2026-cartel-rows"),
                SharedData.require("lists/ofac-sdn-2025-12-partial")));
        assertThat(versions.get(1).report().problems().get(0).reason())
                .isEqualTo("sdn.csv missing: entities built from aliases only");
        List<Entity> merged = ListLoader.merge(versions);
        Entity cjng = merged.stream().filter(e -> e.id().equals("ofac-sdn:17671")).findFirst().orElseThrow();
        assertThat(cjng.caption()).isEqualTo("CARTEL DE JALISCO NUEVA GENERACION");
        assertThat(cjng.names()).extracting(Name::value).contains("JALISCO NEW GENERATION CARTEL", "CJNG",
                "NEW GENERATION CARTEL OF JALISCO");
        assertThat(cjng.programs()).contains("FTO", "SDGT");
        assertThat(cjng.addresses()).extracting(Address::country).containsExactly("MX");
        Entity sinaloa = merged.stream().filter(e -> e.id().equals("ofac-sdn:11440")).findFirst().orElseThrow();
        assertThat(sinaloa.caption()).isEqualTo("SINALOA CARTEL");
        assertThat(sinaloa.names()).extracting(Name::value).contains("CARTEL DE SINALOA");
        Entity tda = merged.stream().filter(e -> e.id().equals("ofac-sdn:49756")).findFirst().orElseThrow();
        assertThat(tda.caption()).isEqualTo("EL TREN DE ARAGUA");
        assertThat(merged.get(0).id()).isEqualTo("ofac-sdn:11438");
    }

    @Test
    void consolidatedSetGetsItsOwnKey() throws IOException {
        ListVersion v = ListLoader.load(SharedData.require("lists/ofac-consolidated-2025-12"));
        assertThat(v.name()).isEqualTo("ofac-cons");
        assertThat(v.format()).isEqualTo(ListFormat.OFAC_CONSOLIDATED_CSV);
        long rows = Files.readAllLines(v.source().resolve("cons_prim.csv")).stream().filter(l -> l.matches("^\\d+,.*")).count();
        assertThat(v.entities()).hasSize((int) rows);
        assertThat(v.entities()).allSatisfy(e -> assertThat(e.list()).isEqualTo("ofac-cons"));
    }
}
