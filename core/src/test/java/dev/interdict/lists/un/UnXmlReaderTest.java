package dev.interdict.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.lists.ListFormat;
import dev.interdict.lists.ListFormatException;
import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import dev.interdict.lists.LoadProblem;
import dev.interdict.model.Address;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.Schema;
import dev.interdict.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnXmlReaderTest {

    @TempDir
    Path dir;

    private Path xml(String body) throws IOException {
        Path f = dir.resolve("list.xml");
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST>\n" + body
                + "\n</CONSOLIDATED_LIST>\n");
        return f;
    }

    @Test
    void readsIndividualsAndEntitiesWithEveryPart() throws IOException {
        ListVersion v = ListLoader.load(xml("""
                <INDIVIDUALS><INDIVIDUAL>
                  <FIRST_NAME>MOHAMMED</FIRST_NAME><SECOND_NAME>SALAHALDIN</SECOND_NAME>
                  <THIRD_NAME>ABD EL HALIM</THIRD_NAME><FOURTH_NAME>ZIDANE</FOURTH_NAME>
                  <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>
                  <NAME_ORIGINAL_SCRIPT>محمد</NAME_ORIGINAL_SCRIPT><GENDER>Male</GENDER>
                  <COMMENTS1>Some comment.</COMMENTS1>
                  <TITLE><VALUE>Haji</VALUE></TITLE><DESIGNATION><VALUE>Commander</VALUE></DESIGNATION>
                  <NATIONALITY><VALUE>Egypt</VALUE></NATIONALITY>
                  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Sayf-Al Adl</ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Seif al Adel</ALIAS_NAME></INDIVIDUAL_ALIAS>
                  <INDIVIDUAL_ADDRESS><CITY>Cairo</CITY><COUNTRY>Egypt</COUNTRY></INDIVIDUAL_ADDRESS>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1963-04-11</DATE></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1960</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1958</FROM_YEAR><TO_YEAR>1962</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1963-02-31</DATE></INDIVIDUAL_DATE_OF_BIRTH>
                  <INDIVIDUAL_PLACE_OF_BIRTH><STATE_PROVINCE>Monufia</STATE_PROVINCE><COUNTRY>Egypt</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
                  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>A123</NUMBER><ISSUING_COUNTRY>Egypt</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>
                </INDIVIDUAL>
                <INDIVIDUAL><FIRST_NAME>NO REFERENCE</FIRST_NAME></INDIVIDUAL>
                </INDIVIDUALS>
                <ENTITIES><ENTITY>
                  <FIRST_NAME>ADF</FIRST_NAME><UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDe.001</REFERENCE_NUMBER>
                  <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Allied Democratic Forces</ALIAS_NAME></ENTITY_ALIAS>
                  <ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>NALU</ALIAS_NAME></ENTITY_ALIAS>
                  <ENTITY_ADDRESS><STATE_PROVINCE>North Kivu</STATE_PROVINCE><COUNTRY>Democratic Republic of the Congo</COUNTRY></ENTITY_ADDRESS>
                </ENTITY></ENTITIES>"""));

        assertThat(v.name()).isEqualTo("un-sc");
        assertThat(v.format()).isEqualTo(ListFormat.UN_XML);
        Entity p = v.get("un-sc:QDi.999").orElseThrow();
        assertThat(p.schema()).isEqualTo(Schema.PERSON);
        assertThat(p.names()).containsExactly(Name.primary("MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE"),
                new Name("محمد", NameKind.STRONG_ALIAS, "Arab"), Name.alias("Sayf-Al Adl"), Name.weak("Seif al Adel"));
        assertThat(p.birthDates()).extracting(Object::toString).containsExactly("1963-04-11", "circa 1960", "1958/1962");
        assertThat(p.birthPlaces()).containsExactly("Monufia, Egypt");
        assertThat(p.nationalities()).containsExactly("EG");
        assertThat(p.identifiers()).containsExactly(new Identifier("Passport", "A123", "EG", null));
        assertThat(p.addresses()).containsExactly(new Address(null, "Cairo", null, null, "EG"));
        assertThat(p.gender()).isEqualTo("male");
        assertThat(p.programs()).containsExactly("Al-Qaida");
        assertThat(p.properties()).containsKeys("title", "designation");
        assertThat(p.remarks()).isEqualTo("Some comment.");
        Entity org = v.get("un-sc:CDe.001").orElseThrow();
        assertThat(org.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(org.names()).containsExactly(Name.primary("ADF"), Name.alias("Allied Democratic Forces"),
                new Name("NALU", NameKind.FORMER));
        assertThat(org.addresses()).extracting(Address::country).containsExactly("CD");

        assertThat(v.report().skippedRows()).isEqualTo(1);
        assertThat(v.report().problems()).hasSize(2);
        LoadProblem badDate = v.report().problems().get(0);
        assertThat(badDate.element())
                .isEqualTo("CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[QDi.999]/INDIVIDUAL_DATE_OF_BIRTH");
        assertThat(badDate.reason()).contains("1963-02-31");
        assertThat(v.report().problems().get(1).reason()).contains("no REFERENCE_NUMBER");
    }

    @Test
    void externalEntitiesAreNeverExpanded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path f = dir.resolve("xxe.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>A &x;</FIRST_NAME>"
                + "<REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        ListVersion v;
        try {
            v = new UnXmlReader().read(f);
        } catch (ListFormatException e) {
            return; // refusing the document is as good as not expanding the entity
        }
        assertThat(v.entities()).allSatisfy(e -> assertThat(e.caption()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void brokenXmlIsAFormatError() throws IOException {
        Path f = xml("<INDIVIDUALS><INDIVIDUAL><FIRST_NAME>A</INDIVIDUAL>");
        assertThatThrownBy(() -> ListLoader.load(f)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    void theUnListOfFebruary2026() throws IOException {
        ListVersion v = ListLoader.load(SharedData.require("lists/un-consolidated-2026-02/consolidated.xml"));
        assertThat(v.report().entitiesBySchema()).containsEntry(Schema.PERSON, 730).containsEntry(Schema.ORGANIZATION, 273);
        Entity q = v.get("un-sc:QDi.001").orElseThrow();
        assertThat(q.caption()).isEqualTo("MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE");
        assertThat(q.names()).contains(Name.alias("Sayf-Al Adl"), Name.weak("Seif al Adel"));
        assertThat(q.names()).anySatisfy(n -> assertThat(n.script()).isEqualTo("Arab"));
        assertThat(q.birthDates()).extracting(Object::toString).containsExactly("1963-04-11", "1960-04-11");
        assertThat(q.nationalities()).containsExactly("EG");
        assertThat(q.programs()).containsExactly("Al-Qaida");
        assertThat(v.report().problems()).allSatisfy(p -> assertThat(p.element()).contains("[").contains("]"));
        // the folder holding consolidated.xml loads the same list
        assertThat(ListLoader.load(v.source().getParent()).contentHash()).isEqualTo(v.contentHash());
    }
}
