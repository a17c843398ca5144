package dev.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "김정은 | kim jong-un",         // family name, then the given name's syllables
        "최룡해 | choe ryong-hae",
        "리병철 | ri pyong-chol",
        "이민호 | ri min-ho",           // the family name as North Korean names on the lists write it
        "박봉주 | pak pong-ju",
        "남궁민수 | namgung min-su",    // two-syllable family name
        "경수 | kyong-su",              // a given name written apart
        "송 | song",                    // a family name written apart
        "이 | ri",
        "김A | null",                   // not only Hangul syllables: left to ICU
    })
    void romanisesSyllableBySyllable(String word, String latin) {
        assertThat(Hangul.romanise(word)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "김정은 | kim jong-un",
        "경수 송 | kyong-su song",
    })
    void transliterationReadsHangulWords(String name, String latin) {
        assertThat(Transliteration.toLatin(name)).isEqualTo(latin);
    }
}
