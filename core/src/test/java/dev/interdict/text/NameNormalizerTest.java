package dev.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

    private static String names(String s, boolean person) {
        NormalizedName n = NameNormalizer.normalize(s, person);
        StringBuilder b = new StringBuilder();
        for (NameToken t : n.tokens()) {
            if (t.isName()) {
                b.append(b.length() == 0 ? "" : " ").append(t.text());
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GUZMAN LOERA, Joaquin Archivaldo | joaquin archivaldo guzman loera",
        "Peña Nieto, Enrique | enrique pena nieto",
        "O'Brien, Seán | sean obrien",
        "José María GARCÍA-LÓPEZ | jose maria garcia lopez",
        "Strauß | strauss",
        "Abdulrahman al-Qasim | abd rahman qasim",
        "Abd al-Rahman | abd rahman",
        "Abdel Rahman | abd rahman",
        "Abdurrahman | abd rahman",
        "Владимир Путин | vladimir putin",
        "Abdollha Araghi | abdullah araghi",   // one typo in Abdollah
        "Abdulalh Yahya | abdullah yahya",     // two letters swapped
        "Abdallh | abdullah",
        "Abdull Karim | abdull karim",         // Abdull is Abdul with a doubled l, not Abdullah
        "Abdullahi | abd lahi",                // Abdullah with more letters is not a typo of it
        "Abdelilah | abd ilah",                // Abd al-Ilah is another name
        "Hezbollah | hezbullah",               // Allah joined with any vowel: one form
        "HIZBALLAH | hizbullah",
        "Nasrallah | nasrullah",
        "Mullah Omar | mullah omar",           // a word, not a name ending in Allah
        "Cártel de Jalisco Nueva Generación | cartel jalisco nueva generacion",
    })
    void foldsReordersAndCanonicalises(String in, String expected) {
        assertThat(names(in, false)).isEqualTo(expected);
    }

    @Test
    void legalFormsAreMarkedAndNeverEnoughOnTheirOwn() {
        NormalizedName n = NameNormalizer.normalize("Los Cuinis, S.A. de C.V.");
        assertThat(n.tokens()).extracting(NameToken::kind).containsExactly(
                TokenKind.PARTICLE, TokenKind.NAME, TokenKind.LEGAL_FORM, TokenKind.LEGAL_FORM,
                TokenKind.LEGAL_FORM, TokenKind.LEGAL_FORM, TokenKind.LEGAL_FORM);
        assertThat(NameNormalizer.normalize("S.A. de C.V.").isEmpty()).isTrue();
        assertThat(NameNormalizer.normalize("LLC").isEmpty()).isTrue();
        assertThat(NameNormalizer.normalize("ANGLO-CARIBBEAN CO., LTD.").text()).isEqualTo("anglo caribbean co ltd");
        assertThat(names("ANGLO-CARIBBEAN CO., LTD.", false)).isEqualTo("anglo caribbean");
        assertThat(names("OOO Romashka", false)).isEqualTo("romashka");
    }

    @Test
    void formsOfAddressThatOpenANameAreNotNames() {
        assertThat(names("Mr Joaquin Guzman Loera", true)).isEqualTo("joaquin guzman loera");
        assertThat(names("MRS. MARIA LOPEZ", false)).isEqualTo("maria lopez");
        assertThat(names("GUZMAN LOERA, Lic. Joaquin", true)).isEqualTo("joaquin guzman loera");
        assertThat(names("Presidente Vladimir Putin", true)).isEqualTo("vladimir putin");
        // only when two names follow: "Dr Lopez" keeps its title as a name, "Ms" alone is a name
        assertThat(names("Dr Lopez", true)).isEqualTo("dr lopez");
        assertThat(names("Ms", true)).isEqualTo("ms");
        // and only at the start: a surname Sir or General stays
        assertThat(names("John Paul General", true)).isEqualTo("john paul general");
    }

    @Test
    void suffixesThatCloseANameAndNumbersInAPersonsNameAreNotNames() {
        assertThat(names("Joaquin Guzman Loera Jr.", true)).isEqualTo("joaquin guzman loera");
        assertThat(names("GONZALEZ PIZANA JR., Rogelio", true)).isEqualTo("rogelio gonzalez pizana");
        assertThat(names("Guzman Loera, Joaquin III", true)).isEqualTo("joaquin guzman loera");
        assertThat(names("LAVILLA, Ruben Pestano, Jr.", true)).isEqualTo("ruben pestano lavilla"); // OFAC's form
        assertThat(NameNormalizer.normalize("LAVILLA, Ruben Pestano, Jr.", true).surnameStart()).isEqualTo(3);
        assertThat(names("Mr John Smith Jr PhD", true)).isEqualTo("john smith");
        assertThat(names("Joaquin Guzman 1957", true)).isEqualTo("joaquin guzman");
        // not when fewer than two names would remain, and numbers stay in other names
        assertThat(names("Smith Jr", true)).isEqualTo("smith jr");
        assertThat(names("John Sr", true)).isEqualTo("john sr");
        assertThat(names("Brigade 313 Martyrs", false)).isEqualTo("brigade 313 martyrs");
    }

    @Test
    void personsKeepWordsThatLookLikeLegalForms() {
        assertThat(names("Maria Sa", true)).isEqualTo("maria sa");
        assertThat(names("Maria Sa", false)).isEqualTo("maria");
    }

    @Test
    void quotedNicknamesBecomeNamesOfTheirOwn() {
        NormalizedName n = NameNormalizer.normalize("OSEGUERA CERVANTES, Nemesio Ruben 'El Mencho'", true);
        assertThat(n.text()).isEqualTo("nemesio ruben oseguera cervantes");
        assertThat(n.nicknames()).extracting(NormalizedName::text).containsExactly("el mencho");
        NormalizedName only = NameNormalizer.normalize("'MENCHO'", true);
        assertThat(only.text()).isEqualTo("mencho");
    }

    @Test
    void apostropheInsideANameIsNotAQuote() {
        assertThat(NameNormalizer.normalize("D'Angelo O'Neil", true).nicknames()).isEmpty();
    }

    @Test
    void particlesAreMarkedButANameOfParticlesKeepsThem() {
        NormalizedName n = NameNormalizer.normalize("Juan de la Cruz y Pérez", true);
        assertThat(n.tokens()).extracting(NameToken::kind).containsExactly(TokenKind.NAME, TokenKind.PARTICLE,
                TokenKind.PARTICLE, TokenKind.NAME, TokenKind.PARTICLE, TokenKind.NAME);
        assertThat(NameNormalizer.normalize("De La", true).nameTokenCount()).isEqualTo(2);
    }

    @Test
    void transliteratesScripts() {
        for (String s : List.of("محمد", "Μιχάλης", "李明", "김정은")) {
            String t = NameNormalizer.normalize(s).text();
            assertThat(t).as(s).matches("[a-z0-9 ]+");
        }
        assertThat(NameNormalizer.normalize("Μιχάλης").text()).isEqualTo("michales");
    }
}
