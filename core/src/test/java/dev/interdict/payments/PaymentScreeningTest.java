package dev.interdict.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentScreeningTest {

    private final PaymentScreening screening = TestLists.screening();

    private List<PaymentDecision> screen(String name) {
        return screening.screen(TestLists.message(name));
    }

    /** Golden cases: message, transaction, expected decision, and a fragment of the reason. */
    @ParameterizedTest(name = "{0}[{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        pacs.008.001.09.xml                  | 0 | PASS   | no hits
        pacs.008.001.09.xml                  | 1 | BLOCK  | creditor name 'LOS CUINIS'
        pacs.008.001.09.xml                  | 2 | HOLD   | remittance_unstructured free text 'CJNG'
        pacs.008.001.08.xml                  | 0 | HOLD   | free text 'LOS CUINIS'
        pacs.008.001.13.xml                  | 0 | PASS   | no hits
        pacs.008.001.09-pass.xml             | 0 | PASS   | no hits
        pacs.008.001.09-reject.xml           | 0 | REJECT | creditor name 'GLOBAL VISION TRADING FZE'
        pacs.008.001.09-country.xml          | 0 | HOLD   | sanctioned country IR
        pacs.008.001.09-region.xml           | 0 | HOLD   | sanctioned region UA-43
        pacs.008.001.09-envelope.xml         | 0 | HOLD   | free text 'CARTEL DE SINALOA'
        pacs.008.001.09-missing-creditor.xml | 0 | HOLD   | Cdtr has no name, BIC or LEI to screen
        pacs.009.001.08-cov.xml              | 0 | BLOCK  | underlying_creditor name 'SINALOA CARTEL'
        pain.001.001.09.xml                  | 0 | PASS   | no hits
        pain.001.001.09.xml                  | 1 | BLOCK  | creditor_agent bic 'HNRBBY2XXXX'
        mt103-pass.txt                       | 0 | PASS   | no hits
        mt103-freetext.txt                   | 0 | HOLD   | free text 'LOS CUINIS'
        mt103-block.txt                      | 0 | BLOCK  | creditor name 'CARTEL DE JALISCO NUEVA GENERACION'
        mt202.txt                            | 0 | BLOCK  | creditor bic 'HAVIGB2L'
        mt202cov.txt                         | 0 | BLOCK  | underlying_debtor name 'RUBEN OSEGUERA CERVANTES'
        mt103-missing-beneficiary.txt        | 0 | HOLD   | missing mandatory :59a: beneficiary customer
        mt103-truncated.txt                  | 0 | HOLD   | truncated MT message
        mt940-unknown.txt                    | 0 | HOLD   | unknown message type: MT940
        camt.053-unknown.xml                 | 0 | HOLD   | unknown message type: camt.053.001.08
        malformed.xml                        | 0 | HOLD   | malformed XML
        xxe.xml                              | 0 | HOLD   | DTD not allowed
        billion-laughs.xml                   | 0 | HOLD   | DTD not allowed
        """)
    void decides(String message, int index, Action expected, String reason) {
        List<PaymentDecision> ds = screen(message);
        PaymentDecision d = ds.get(index);
        assertThat(d.action()).as(d.reason()).isEqualTo(expected);
        assertThat(d.reason()).contains(reason);
        assertThat(d.raw()).isEqualTo(TestLists.message(message));
    }

    @Test
    void oneDecisionPerTransactionWithIdentifiers() {
        List<PaymentDecision> ds = screen("pacs.008.001.09.xml");
        assertThat(ds).extracting(PaymentDecision::endToEndId).containsExactly("E2E-CLEAN-1", "E2E-FULL-2",
                "E2E-TEXT-3");
        assertThat(ds).extracting(PaymentDecision::messageId).containsOnly("NWT-20260302-0001");
        assertThat(ds.get(1).uetr()).isEqualTo("eb6305c9-1f7f-49de-aed0-16487c27b402");
    }

    @Test
    void blockHitCarriesPathSourceAndPrograms() {
        PaymentDecision d = screen("pacs.008.001.09.xml").get(1);
        Hit h = d.hits().get(0);
        assertThat(h.kind()).isEqualTo(Hit.Kind.NAME);
        assertThat(h.role()).isEqualTo("creditor");
        assertThat(h.path()).isEqualTo("Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2]/Cdtr/Nm");
        assertThat(h.sourceId()).isEqualTo("ofac-sdn:17672");
        assertThat(h.programs()).containsExactly("SDNTK");
        assertThat(h.score()).isEqualTo(1.0);
        // the creditor's IBAN and the ultimate debtor's LEI are listed too: exact identifier hits
        assertThat(d.hits()).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Hit.Kind.ACCOUNT);
            assertThat(x.sourceId()).isEqualTo("ofac-sdn:20002");
            assertThat(x.path()).endsWith("/CdtrAcct/Id/IBAN");
        });
        assertThat(d.hits()).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Hit.Kind.LEI);
            assertThat(x.sourceId()).isEqualTo("ofac-sdn:20003");
        });
    }

    @Test
    void weakAliasAloneIsHeldNotBlocked() {
        String mt = new String(TestLists.message("mt103-pass.txt"), StandardCharsets.UTF_8)
                .replace("SUMINISTROS IBERIA SL", "EL MENCHO");
        PaymentDecision d = screening.screen(mt.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(d.action()).isEqualTo(Action.HOLD);
        assertThat(d.hits().get(0).sourceId()).isEqualTo("ofac-sdn:17674");
    }

    @Test
    void programOfReviewIsHeld() {
        String mt = new String(TestLists.message("mt103-pass.txt"), StandardCharsets.UTF_8)
                .replace("SUMINISTROS IBERIA SL", "NOVAPETRO TRADING");
        assertThat(screening.screen(mt.getBytes(StandardCharsets.UTF_8)).get(0).action()).isEqualTo(Action.HOLD);
    }

    @Test
    void countFromGroupHeaderMustMatch() {
        String x = new String(TestLists.message("pacs.008.001.09-pass.xml"), StandardCharsets.UTF_8)
                .replace("<NbOfTxs>1</NbOfTxs>", "<NbOfTxs>2</NbOfTxs>");
        PaymentDecision d = screening.screen(x.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(d.action()).isEqualTo(Action.HOLD);
        assertThat(d.reason()).contains("NbOfTxs says 2");
    }

    @Test
    void emptyAndGarbageAreHeld() {
        assertThat(screening.screen(new byte[0]).get(0).action()).isEqualTo(Action.HOLD);
        assertThat(screening.screen("hello".getBytes()).get(0).reason()).contains("unknown message type");
        assertThat(screening.screen((byte[]) null).get(0).action()).isEqualTo(Action.HOLD);
    }

    @Test
    void hundredMegabyteMessageIsHeldUnparsed(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.xml");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.09\">"
                    + "<FIToFICstmrCdtTrf><GrpHdr><MsgId>BIG</MsgId></GrpHdr><CdtTrfTxInf><RmtInf>");
            String line = "<Ustrd>" + "x".repeat(130) + "</Ustrd>\n";
            long written = 0;
            while (written < 100L * 1024 * 1024) {
                w.write(line);
                written += line.length();
            }
            w.write("</RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>");
        }
        assertThat(Files.size(big)).isGreaterThan(100L * 1024 * 1024);
        try (InputStream in = Files.newInputStream(big)) {
            List<PaymentDecision> ds = screening.screen(in);
            assertThat(ds).hasSize(1);
            assertThat(ds.get(0).action()).isEqualTo(Action.HOLD);
            assertThat(ds.get(0).reason()).contains("larger than the limit of 10485760 bytes");
        }
        byte[] all = Files.readAllBytes(big);
        PaymentDecision d = screening.screen(all).get(0);
        assertThat(d.action()).isEqualTo(Action.HOLD);
        assertThat(d.raw()).isSameAs(all);
    }

    @Test
    void aLargerLimitStillParsesSafely(@TempDir Path dir) throws IOException {
        PaymentScreening big = PaymentScreening.of(TestLists.entities(),
                PaymentPolicy.defaults().withMaxMessageBytes(200L * 1024 * 1024));
        Path f = dir.resolve("deep.xml");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.09\">".getBytes());
            for (int i = 0; i < 200; i++) {
                out.write("<a>".getBytes());
            }
        }
        PaymentDecision d = big.screen(Files.readAllBytes(f)).get(0);
        assertThat(d.action()).isEqualTo(Action.HOLD);
    }

    @Test
    void neverThrowsOnRandomBytes() {
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] b = TestLists.message(i % 2 == 0 ? "pacs.008.001.09.xml" : "mt202cov.txt").clone();
            for (int k = 0; k < 5; k++) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            List<PaymentDecision> ds = screening.screen(b);
            assertThat(ds).isNotEmpty();
        }
    }
}
