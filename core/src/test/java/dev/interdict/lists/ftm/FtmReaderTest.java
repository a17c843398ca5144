package dev.interdict.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.lists.ListFormat;
import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtmReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsOpenSanctionsLinesAndReportsWhatItSkips() throws IOException {
        Path f = dir.resolve("entities.ftm.json");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"NK-abc\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Nemesio Oseguera\"],"
                        + "\"alias\":[\"El Mencho\"],\"weakAlias\":[\"Mencho\"],\"previousName\":[\"Old\"],"
                        + "\"birthDate\":[\"1966-07-17\"],\"birthPlace\":[\"Aguililla\"],\"nationality\":[\"mx\"],"
                        + "\"citizenship\":[\"mx\"],\"gender\":[\"male\"],\"address\":[\"Guadalajara, Mexico\"],"
                        + "\"idNumber\":[\"OECN660717HMNSRM08\"],\"passportNumber\":[\"P1\"],\"taxNumber\":[\"T1\"],"
                        + "\"email\":[\"a@b.mx\"],\"phone\":[\"+52 1\"],\"website\":[\"x.mx\"],\"program\":[\"SDNTK\"],"
                        + "\"topics\":[\"sanction\"],\"notes\":[\"n\"],\"eyeColor\":[\"brown\"]},"
                        + "\"datasets\":[\"us_ofac_sdn\"],\"first_seen\":\"2020-01-01\"}",
                "{\"id\":\"addr-1\",\"schema\":\"Address\",\"properties\":{\"full\":[\"x\"]}}",
                "",
                "not json",
                "{\"id\":\"v1\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"SEA\"],\"imoNumber\":[\"IMO 1\"],\"swiftBic\":[\"B\"]}}",
                "{\"id\":\"noname\",\"schema\":\"Company\",\"properties\":{}}"));

        ListVersion v = ListLoader.load(f);

        assertThat(v.format()).isEqualTo(ListFormat.FTM_JSON);
        assertThat(v.name()).isEqualTo("us_ofac_sdn");
        assertThat(v.entities()).hasSize(2);
        Entity p = v.get("us_ofac_sdn:NK-abc").orElseThrow();
        assertThat(p.schema()).isEqualTo(Schema.PERSON);
        assertThat(p.sourceId()).isEqualTo("NK-abc");
        assertThat(p.names()).extracting(Name::value).containsExactly("Nemesio Oseguera", "El Mencho", "Mencho", "Old");
        assertThat(p.birthDates()).extracting(Object::toString).containsExactly("1966-07-17");
        assertThat(p.nationalities()).containsExactly("MX");
        assertThat(p.citizenships()).containsExactly("MX");
        assertThat(p.gender()).isEqualTo("male");
        assertThat(p.identifiers()).containsExactly(new Identifier("Passport", "P1"),
                new Identifier("Identification Number", "OECN660717HMNSRM08"), new Identifier("Tax ID No.", "T1"));
        assertThat(p.emails()).containsExactly("a@b.mx");
        assertThat(p.programs()).containsExactly("SDNTK");
        assertThat(p.remarks()).isEqualTo("n");
        assertThat(p.properties()).containsEntry("eyeColor", List.of("brown")).containsEntry("topics", List.of("sanction"));
        Entity vessel = v.get("ftm:v1").orElseThrow();
        assertThat(vessel.identifiers()).extracting(Identifier::type).containsExactly("SWIFT/BIC", "IMO");

        assertThat(v.report().skippedRows()).isEqualTo(3);
        assertThat(v.report().problems()).extracting(pr -> pr.line() + " " + pr.reason()).satisfiesExactly(
                s -> assertThat(s).startsWith("2 skipped: schema 'Address'"),
                s -> assertThat(s).startsWith("4 skipped: not a JSON object"),
                s -> assertThat(s).startsWith("6 skipped: entity noname has no name"));
    }
}
