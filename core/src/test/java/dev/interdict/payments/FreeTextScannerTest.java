package dev.interdict.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.screening.Screener;
import org.junit.jupiter.api.Test;

class FreeTextScannerTest {

    private final Screener screener = Screener.of(TestLists.entities());

    @Test
    void findsListedNamesInsideText() {
        FreeTextScanner s = new FreeTextScanner(screener, FreeTextScanner.vocabulary(TestLists.entities()), 6, 4, 0.9);
        assertThat(s.scan("pago a CJNG")).extracting(f -> f.match().entity().id()).containsExactly("ofac-sdn:17671");
        assertThat(s.scan("invoice Los Cuinis SA de CV")).extracting(FreeTextScanner.Found::window)
                .containsExactly("LOS CUINIS");
        assertThat(s.scan("Pago de la factura 2026 por servicios")).isEmpty();
        assertThat(s.scan("transfer per contract to cartel de jalisco nueva generación"))
                .extracting(f -> f.match().entity().id()).containsExactly("ofac-sdn:17671");
    }

    @Test
    void vocabularyLeavesOutFillers() {
        assertThat(FreeTextScanner.vocabulary(TestLists.entities())).contains("CJNG", "CUINIS")
                .doesNotContain("DE", "LOS", "LLC");
    }

    @Test
    void withoutVocabularyEveryWindowIsScreened() {
        FreeTextScanner s = new FreeTextScanner(screener, null, 6, 4, 0.9);
        assertThat(s.scan("pago a CJNG")).hasSize(1);
    }
}
