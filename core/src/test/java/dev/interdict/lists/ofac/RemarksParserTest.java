package dev.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.Relationship;
import dev.interdict.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemarksParserTest {

    private final List<String> problems = new ArrayList<>();

    private Entity parse(String remarks) {
        Entity.Builder b = Entity.builder("ofac-sdn", "1").name(Name.primary("TEST"));
        RemarksParser.parse(remarks, b, problems::add);
        return b.build();
    }

    @Test
    void birthDatesInEveryForm() {
        Entity e = parse("DOB 17 Jul 1966; alt. DOB 1966; alt. DOB Jul 1966; alt. DOB 1966 to 1968; alt. DOB circa 1966.");
        assertThat(e.birthDates()).extracting(Object::toString)
                .containsExactly("1966-07-17", "1966", "1966-07", "1966/1968", "circa 1966");
        assertThat(problems).isEmpty();
    }

    @Test
    void placesNationalityCitizenshipGender() {
        Entity e = parse("POB Aguililla, Michoacan, Mexico; nationality Mexico; alt. nationality Korea, North; "
                + "citizenship Mexico; citizen Colombia; Gender Male.");
        assertThat(e.birthPlaces()).containsExactly("Aguililla, Michoacan, Mexico");
        assertThat(e.nationalities()).containsExactly("MX", "KP");
        assertThat(e.citizenships()).containsExactly("MX", "CO");
        assertThat(e.gender()).isEqualTo("male");
    }

    @Test
    void identifiersKeepTypeValueAndIssuingCountry() {
        Entity e = parse("Passport 12345 (Mexico); National ID No. 998877 (Spain); R.F.C. OECN660717 (Mexico); "
                + "C.U.R.P. OECN660717HMNSRM08 (Mexico); Cedula No. 12345 (Venezuela); alt. Cedula No. 777 (Colombia); "
                + "NIT # 800123-4 (Colombia); Tax ID No. 7744001497 (Russia); Registration Number 1027700167110 (Russia); "
                + "Legal Entity Number 253400WSS48YWMBUA688; SWIFT/BIC BNACCUHH; "
                + "Vessel Registration Identification IMO 1234567; Matricula Mercantil No 181301-1 Cali (Colombia); "
                + "Digital Currency Address - XBT 1AbCdEf; alt. Digital Currency Address - ETH 0xAbC.");
        assertThat(e.identifiers()).contains(
                new Identifier("Passport", "12345", "MX", null),
                new Identifier("National ID No.", "998877", "ES", null),
                new Identifier("R.F.C.", "OECN660717", "MX", null),
                new Identifier("C.U.R.P.", "OECN660717HMNSRM08", "MX", null),
                new Identifier("Cedula No.", "12345", "VE", null),
                new Identifier("Cedula No.", "777", "CO", null),
                new Identifier("NIT #", "800123-4", "CO", null),
                new Identifier("Tax ID No.", "7744001497", "RU", null),
                new Identifier("Registration Number", "1027700167110", "RU", null),
                new Identifier("Legal Entity Number", "253400WSS48YWMBUA688", null, null),
                new Identifier("SWIFT/BIC", "BNACCUHH", null, null),
                new Identifier("Vessel Registration Identification", "IMO 1234567", null, null),
                new Identifier("Matricula Mercantil No", "181301-1", "CO", "Cali"),
                new Identifier("Digital Currency Address - XBT", "1AbCdEf", null, null),
                new Identifier("Digital Currency Address - ETH", "0xAbC", null, null));
        assertThat(e.identifiers()).hasSize(15);
        assertThat(e.properties()).doesNotContainKey(RemarksParser.OTHER);
    }

    @Test
    void contactsAliasesLinksAndLabelledStatements() {
        Entity e = parse("Email Address x@y.com; Website www.example.com; Phone Number 5255123; "
                + "a.k.a. 'MENCHO'; f.k.a. 'OLD NAME'; Linked To: CARTEL DE JALISCO NUEVA GENERACION; "
                + "Organization Type: Transnational Terrorist Group; Target Type Criminal Organization; "
                + "Secondary sanctions risk: section 1(b) of Executive Order 13224; "
                + "Additional Sanctions Information - Subject to Secondary Sanctions; "
                + "Organization Established Date 2008; Something nobody parses.");
        assertThat(e.emails()).containsExactly("x@y.com");
        assertThat(e.websites()).containsExactly("www.example.com");
        assertThat(e.phones()).containsExactly("5255123");
        assertThat(e.names()).contains(new Name("MENCHO", NameKind.WEAK_ALIAS), new Name("OLD NAME", NameKind.FORMER));
        assertThat(e.relationships()).containsExactly(
                new Relationship("linked_to", null, "CARTEL DE JALISCO NUEVA GENERACION"));
        assertThat(e.properties()).containsEntry("organizationType", List.of("Transnational Terrorist Group"))
                .containsEntry("targetType", List.of("Criminal Organization"))
                .containsEntry("secondarySanctionsRisk", List.of("section 1(b) of Executive Order 13224"))
                .containsEntry("additionalSanctionsInformation", List.of("Subject to Secondary Sanctions"))
                .containsEntry("organizationEstablishedDate", List.of("2008"))
                .containsEntry(RemarksParser.OTHER, List.of("Something nobody parses"));
    }

    @Test
    void aBadDateIsReportedAndKept() {
        Entity e = parse("DOB 31 Feb 1970; nationality Mexico.");
        assertThat(problems).singleElement().asString().contains("31 Feb 1970");
        assertThat(e.birthDates()).isEmpty();
        assertThat(e.nationalities()).containsExactly("MX");
        assertThat(e.properties().get(RemarksParser.OTHER)).containsExactly("DOB 31 Feb 1970");
    }

    @Test
    void theCartelRowsOf2026() throws Exception {
        ListVersion v = ListLoader.load(SharedData.require("lists/ofac-sdn-2026-cartel-rows"));
        assertThat(v.entities()).hasSize(6);
        Entity mencho = v.get("ofac-sdn:17674").orElseThrow();
        assertThat(mencho.caption()).isEqualTo("OSEGUERA CERVANTES, Ruben");
        assertThat(mencho.birthDates()).extracting(Object::toString).containsExactly("1966-07-17");
        assertThat(mencho.birthPlaces()).containsExactly("Michoacan de Ocampo, Mexico");
        assertThat(mencho.nationalities()).containsExactly("MX");
        assertThat(mencho.gender()).isEqualTo("male");
        assertThat(mencho.identifiers()).containsExactly(new Identifier("C.U.R.P.", "OECR660717HMNSRB00", "MX", null));
        assertThat(mencho.names()).extracting(Name::value, Name::kind).contains(
                org.assertj.core.groups.Tuple.tuple("El Mencho", NameKind.WEAK_ALIAS),
                org.assertj.core.groups.Tuple.tuple("El Senor de los Gallos", NameKind.WEAK_ALIAS));
        assertThat(mencho.relationships()).containsExactly(
                new Relationship("linked_to", "ofac-sdn:17671", "CARTEL DE JALISCO NUEVA GENERACION"));
        assertThat(mencho.programs()).containsExactly("SDNTK", "SDGT", "ILLICIT-DRUGS-EO14059");
        Entity noreste = v.get("ofac-sdn:11438").orElseThrow();
        assertThat(noreste.programs()).containsExactly("SDNTK", "FTO", "SDGT", "TCO", "ILLICIT-DRUGS-EO14059");
        assertThat(noreste.names()).extracting(Name::value).containsExactly("CARTEL DEL NORESTE", "CDN",
                "NORTHEAST CARTEL", "LOS ZETAS");
        assertThat(noreste.properties()).containsEntry("organizationType", List.of("Transnational Terrorist Group"))
                .doesNotContainKey(RemarksParser.OTHER);
        assertThat(v.entities()).allSatisfy(e -> assertThat(e.properties()).doesNotContainKey(RemarksParser.OTHER));
    }
}
