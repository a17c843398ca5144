package dev.interdict.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "محمد | muhammad",
        "مُحَمَّد | muhammad",          // vowel marks
        "أحمد | ahmad",                 // alef with hamza
        "احمد | ahmad",
        "حسین | husayn",               // Persian yeh
        "فاطمة | fatima",               // teh marbuta
        "فاطمه | fatima",
        "الدين | al-din",              // article
        "عبدالله | abdullah",
        "عبدالرحمن | abd al-rahman",   // Abd fused with a listed name
        "عبدالكريم | abd al-karim",
        "عبدالمجيد | abd al-majid",
        "الدباغ | null",               // not a listed name: left to ICU
        "Muhammad | null",             // not Arabic script
        "محمد1 | null",
    })
    void commonNamesTakeTheirListSpelling(String word, String latin) {
        assertThat(ArabicNames.latin(word)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "محمد علي | muhammad ali",
        "خالد الدباغ | khalid aldbagh",
        "Ali محمد | Ali muhammad",
    })
    void transliterationUsesTheTableWordByWord(String name, String latin) {
        assertThat(Transliteration.toLatin(name)).isEqualTo(latin);
    }
}
