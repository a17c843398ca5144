package dev.interdict.payments.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.payments.Action;
import dev.interdict.payments.PaymentDecision;
import dev.interdict.payments.PaymentScreening;
import dev.interdict.payments.TestLists;
import dev.interdict.report.AnnualBlockedPropertyReport;
import dev.interdict.report.BlockedPropertyReport;
import dev.interdict.report.ReportingInstitution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockedFundsLedgerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T15:00:00Z"), ZoneOffset.UTC);
    private static final ReportingInstitution BANK = new ReportingInstitution("First Example Bank, N.A.",
            "1 Main St, New York NY 10001", "Jane Compliance", "+1 212 555 0100", "ofac@example.com");
    private final PaymentScreening screening = TestLists.screening();

    private PaymentDecision blocked() {
        PaymentDecision d = screening.screen(TestLists.message("mt202cov.txt")).get(0);
        assertThat(d.action()).isEqualTo(Action.BLOCK);
        return d;
    }

    private BlockedFundsLedger ledger(LedgerStore store) {
        return new BlockedFundsLedger(store, CLOCK, BlockedFundsLedger.DEFAULT_ZONE);
    }

    @Test
    void blockRecordsEverythingAndComputesTheDueDate() {
        BlockedFundsLedger l = ledger(new InMemoryLedgerStore());
        BlockedProperty r = l.block(blocked(), "alice", null);
        assertThat(r.id()).isEqualTo("BP-2026-000001");
        assertThat(r.status()).isEqualTo(Status.BLOCKED);
        assertThat(r.blockedDate()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(r.reportDue()).isEqualTo(LocalDate.of(2026, 6, 25)); // Juneteenth skipped
        assertThat(r.amount()).isEqualByComparingTo("75000");
        assertThat(r.currency()).isEqualTo("USD");
        assertThat(r.entityId()).isEqualTo("ofac-sdn:17674");
        assertThat(r.programs()).containsExactly("SDNTK", "SDGT");
        assertThat(r.raw()).contains(":50F:/CA0099887766");
        assertThat(r.parties()).isNotEmpty();
    }

    @Test
    void releaseNeedsLicenceAndASecondPerson() {
        BlockedFundsLedger l = ledger(new InMemoryLedgerStore());
        String id = l.block(blocked(), "alice", null).id();
        assertThatThrownBy(() -> l.requestRelease(id, " ", "bob", null)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("licence");
        assertThatThrownBy(() -> l.approve(id, "carol")).hasMessageContaining("no pending request");
        l.requestRelease(id, "MUL-2026-123456-1", "bob", "specific licence received");
        assertThat(l.get(id).orElseThrow().status()).isEqualTo(Status.RELEASE_PENDING);
        assertThatThrownBy(() -> l.approve(id, " BOB ")).isInstanceOf(FourEyesException.class);
        assertThatThrownBy(() -> l.requestTransfer(id, "GL-1", "dave", "BLOCKED-ACCT-9", null))
                .hasMessageContaining("needs status BLOCKED");
        BlockedProperty r = l.approve(id, "carol");
        assertThat(r.status()).isEqualTo(Status.RELEASED);
        assertThat(r.licence()).isEqualTo("MUL-2026-123456-1");
        assertThat(l.auditTrail(id)).extracting(LedgerEvent::type).containsExactly(LedgerEvent.Type.BLOCKED,
                LedgerEvent.Type.RELEASE_REQUESTED, LedgerEvent.Type.APPROVED);
        assertThat(l.auditTrail(id)).extracting(LedgerEvent::actor).containsExactly("alice", "bob", "carol");
        assertThatThrownBy(() -> l.requestRelease(id, "X", "bob", null)).hasMessageContaining("RELEASED");
    }

    @Test
    void transferAndDenial() {
        BlockedFundsLedger l = ledger(new InMemoryLedgerStore());
        String id = l.block(blocked(), "alice", null).id();
        l.requestTransfer(id, "31 CFR 501.603 blocked account", "bob", "BLOCKED-INT-0001", null);
        assertThat(l.deny(id, "carol", "wrong account").status()).isEqualTo(Status.BLOCKED);
        l.requestTransfer(id, "31 CFR 501.603 blocked account", "bob", "BLOCKED-INT-0002", null);
        assertThat(l.approve(id, "carol").status()).isEqualTo(Status.TRANSFERRED);
    }

    @Test
    void heldPaymentsNeedAnAnalystsNote() {
        BlockedFundsLedger l = ledger(new InMemoryLedgerStore());
        PaymentDecision held = screening.screen(TestLists.message("mt103-freetext.txt")).get(0);
        assertThat(held.action()).isEqualTo(Action.HOLD);
        assertThatThrownBy(() -> l.block(held, "alice", null)).hasMessageContaining("analyst's note");
        assertThat(l.block(held, "alice", "remittance names Los Cuinis: interest confirmed").entityId())
                .isEqualTo("ofac-sdn:17672");
        PaymentDecision unparsed = screening.screen(TestLists.message("malformed.xml")).get(0);
        assertThatThrownBy(() -> l.block(unparsed, "alice", "x")).hasMessageContaining("not parsed");
    }

    @Test
    void jsonLinesFileSurvivesReopening(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ledger.jsonl");
        BlockedFundsLedger l = ledger(new JsonLinesLedgerStore(f));
        String id = l.block(blocked(), "alice", null).id();
        l.requestRelease(id, "MUL-1", "bob", null);
        l.markReported(id, "alice", "OFAC-RPT-77");
        BlockedFundsLedger again = ledger(new JsonLinesLedgerStore(f));
        BlockedProperty r = again.get(id).orElseThrow();
        assertThat(r).isEqualTo(l.get(id).orElseThrow());
        assertThat(r.reportRef()).isEqualTo("OFAC-RPT-77");
        assertThatThrownBy(() -> again.approve(id, "bob")).isInstanceOf(FourEyesException.class);
        assertThat(Files.readAllLines(f)).hasSize(3);
        Files.writeString(f, "{not json\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> ledger(new JsonLinesLedgerStore(f))).hasMessageContaining("line 4");
    }

    @Test
    void reportsCarryWhatOfacAsksFor() {
        BlockedFundsLedger l = ledger(new InMemoryLedgerStore());
        BlockedProperty r = l.block(blocked(), "alice", null);
        var json = BlockedPropertyReport.json(r, BANK, LocalDate.of(2026, 6, 12));
        assertThat(json.path("reporting_institution").path("name").asText()).isEqualTo("First Example Bank, N.A.");
        assertThat(json.path("date_blocked").asText()).isEqualTo("2026-06-10");
        assertThat(json.path("report_due").asText()).isEqualTo("2026-06-25");
        assertThat(json.path("blocked_person").path("legal_authority").toString()).contains("31 CFR part 598");
        assertThat(json.path("property").path("amount").asText()).isEqualTo("75000.00");
        assertThat(json.path("references").path("uetr").asText()).isEqualTo("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
        assertThat(json.path("parties").toString()).contains("underlying originator", "RUBEN OSEGUERA CERVANTES");
        assertThat(json.path("payment_instructions").asText()).startsWith("{1:F01ROYCCAT2");
        String text = BlockedPropertyReport.text(r, BANK, LocalDate.of(2026, 6, 12));
        assertThat(text).contains("Due to OFAC by: 2026-06-25", "Blocked person: OSEGUERA CERVANTES, Ruben (ofac-sdn:17674)",
                "Copy of the payment instructions");
    }

    @Test
    void annualReportListsWhatIsBlockedOnJune30() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        BlockedFundsLedger early = new BlockedFundsLedger(store, Clock.fixed(Instant.parse("2026-05-04T15:00:00Z"),
                ZoneOffset.UTC), BlockedFundsLedger.DEFAULT_ZONE);
        String a = early.block(blocked(), "alice", null).id();
        String b = early.block(blocked(), "alice", null).id();
        early.requestRelease(b, "MUL-9", "bob", null);
        early.approve(b, "carol");
        BlockedFundsLedger late = new BlockedFundsLedger(store, Clock.fixed(Instant.parse("2026-07-02T15:00:00Z"),
                ZoneOffset.UTC), BlockedFundsLedger.DEFAULT_ZONE);
        late.block(blocked(), "alice", null);
        var json = AnnualBlockedPropertyReport.json(late.records(), 2026, late.zone(), BANK);
        assertThat(json.path("count").asInt()).isEqualTo(1);
        assertThat(json.path("property").get(0).path("record_id").asText()).isEqualTo(a);
        assertThat(json.path("totals").path("USD").asText()).isEqualTo("75000.00");
        assertThat(AnnualBlockedPropertyReport.text(late.records(), 2026, late.zone(), BANK))
                .contains("as of 2026-06-30", "1 item(s)");
    }
}
