package dev.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.monitoring.Transaction.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each detector on a hand-made stream: the pattern alerts, the near miss does not. */
class DetectorsTest {

    private static List<Alert> run(List<Transaction> txs) {
        return Engine.run(Rules.defaults(), CounterpartyScreen.NONE, txs);
    }

    private static List<String> typologies(List<Alert> alerts) {
        return alerts.stream().map(Alert::typology).toList();
    }

    @Test
    void fanInOfOneOffSendersAlertsAfterSettling() {
        List<Transaction> txs = new ArrayList<>();
        txs.add(Tx.transfer(1, "s1", "hub", 500));
        txs.add(Tx.transfer(4, "s2", "hub", 600));
        txs.add(Tx.transfer(9, "s3", "hub", 700));
        List<Alert> alerts = run(txs);
        // the first two senders make an alert; the third extends the episode with an alert of its own
        assertThat(typologies(alerts)).containsOnly("fan_in");
        assertThat(alerts.get(0).accounts()).containsExactly("hub", "s1", "s2");
        assertThat(alerts.stream().flatMap(a -> a.accounts().stream()).distinct())
                .containsExactlyInAnyOrder("hub", "s1", "s2", "s3");
        assertThat(alerts.stream().mapToDouble(Alert::amount).sum()).isEqualTo(1800);
    }

    @Test
    void sendersOnASchedule() {
        List<Transaction> txs = new ArrayList<>();
        for (int d = 0; d < 120; d += 7) {
            txs.add(Tx.transfer(d, "s1", "hub", 500));
            txs.add(Tx.transfer(d + 1, "s2", "hub", 600));
        }
        assertThat(run(txs)).isEmpty();
    }

    @Test
    void newRelationPaidOnConsecutiveDaysIsABurst() {
        List<Transaction> txs = new ArrayList<>();
        for (int d = 10; d < 14; d++) {
            txs.add(Tx.transfer(d, "a", "b", 100));
            txs.add(Tx.transfer(d, "a", "c", 100));
        }
        List<Alert> alerts = run(txs);
        assertThat(typologies(alerts)).containsExactly("bipartite_burst");
        assertThat(alerts.get(0).transactions()).hasSize(8);
        List<Transaction> twoDays = List.of(Tx.transfer(1, "a", "b", 100), Tx.transfer(2, "a", "b", 100));
        assertThat(run(twoDays)).isEmpty();
    }

    @Test
    void structuringBelowTheReportingThreshold() {
        List<Transaction> txs = List.of(
                Tx.of(1, 9, null, "acct", 9_500, Kind.CASH_DEPOSIT, "TX-1", "TX", "US", "US", null),
                Tx.of(3, 9, null, "acct", 9_200, Kind.CASH_DEPOSIT, "TX-2", "TX", "US", "US", null));
        List<Alert> alerts = run(txs);
        assertThat(typologies(alerts)).containsExactly("structuring");
        assertThat(alerts.get(0).explanation()).contains("2 branches");
        List<Transaction> ordinary = List.of(
                Tx.of(1, 9, null, "acct", 9_500, Kind.CASH_DEPOSIT, "TX-1", "TX", "US", "US", null),
                Tx.of(3, 9, null, "acct", 12_000, Kind.CASH_DEPOSIT, "TX-1", "TX", "US", "US", null),
                Tx.of(20, 9, null, "acct", 9_000, Kind.CASH_DEPOSIT, "TX-1", "TX", "US", "US", null));
        assertThat(run(ordinary)).isEmpty();
    }

    @Test
    void funnelAccountCashInSeveralStatesThenWiredOut() {
        List<Transaction> txs = List.of(
                Tx.of(1, 9, "p1", "f", 3_000, Kind.CASH_DEPOSIT, "TX-1", "TX", "US", "US", null),
                Tx.of(2, 9, "p2", "f", 2_500, Kind.CASH_DEPOSIT, "CA-1", "CA", "US", "US", null),
                Tx.of(3, 9, "p3", "f", 1_500, Kind.CASH_DEPOSIT, "AZ-3", "AZ", "US", "US", null),
                Tx.of(5, 9, "f", "mx1", 6_500, Kind.WIRE, null, null, "US", "MX", null));
        assertThat(typologies(run(txs))).containsExactly("funnel_account");
        List<Transaction> oneState = List.of(
                Tx.of(1, 9, "p1", "f", 3_000, Kind.CASH_DEPOSIT, "TX-1", "TX", "US", "US", null),
                Tx.of(2, 9, "p2", "f", 2_500, Kind.CASH_DEPOSIT, "TX-1", "TX", "US", "US", null),
                Tx.of(5, 9, "f", "mx1", 5_000, Kind.WIRE, null, null, "US", "MX", null));
        assertThat(typologies(run(oneState))).doesNotContain("funnel_account");
    }

    @Test
    void remittancesJustUnderABandManyToOne() {
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            txs.add(Tx.of(1 + i, 9, "s" + i, "mx", 2_900, Kind.REMITTANCE, null, null, "US", "MX", null));
        }
        assertThat(typologies(run(txs))).containsExactly("remittance_many_to_one");
        List<Transaction> family = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            family.add(Tx.of(1 + i, 9, "s" + i, "mx", 400, Kind.REMITTANCE, null, null, "US", "MX", null));
        }
        assertThat(run(family)).isEmpty();
    }

    @Test
    void passThroughAndHighRiskCorridor() {
        List<Transaction> txs = List.of(
                Tx.of(1, 9, "ext", "acct", 50_000, Kind.WIRE, null, null, "PA", "US", null),
                Tx.of(2, 9, "acct", "out", 46_000, Kind.WIRE, null, null, "US", "US", null));
        // (the two one-off wires also make an account with one-shot relations in and out: gather-scatter)
        assertThat(typologies(run(txs))).contains("high_risk_corridor", "pass_through");
        List<Transaction> savings = List.of(
                Tx.of(1, 9, "ext", "acct", 50_000, Kind.WIRE, null, null, "US", "US", null),
                Tx.of(2, 9, "acct", "out", 5_000, Kind.WIRE, null, null, "US", "US", null));
        assertThat(typologies(run(savings))).doesNotContain("high_risk_corridor", "pass_through");
    }

    @Test
    void exposureUsesTheHostsScreen() {
        CounterpartyScreen fake = (name, country) -> name.contains("SINALOA")
                ? Optional.of(new ExposureHit("CARTEL DE SINALOA", "11440", "SDNTK, FTO", 0.97)) : Optional.empty();
        List<Transaction> txs = List.of(
                Tx.of(1, 9, "acct", "ext1", 900, Kind.WIRE, null, null, "US", "MX", "Cartel de SINALOA SA"),
                Tx.of(1, 10, "acct", "ext2", 900, Kind.WIRE, null, null, "US", "MX", "Panaderia Lupita"));
        List<Alert> alerts = Engine.run(Rules.defaults(), fake, txs);
        List<Alert> hits = alerts.stream().filter(a -> a.typology().equals("sanctions_exposure")).toList();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).explanation()).contains("11440");
        assertThat(hits.get(0).accounts()).containsExactly("acct", "ext1");
    }

    @Test
    void cycleOfNewRelationsWhenEnabled() {
        Rules rules = Rules.load(new ByteArrayInputStream("{\"cycle\":{\"enabled\":true},\"network\":{\"enabled\":false}}"
                .getBytes(StandardCharsets.UTF_8)));
        List<Transaction> ring = List.of(Tx.transfer(1, "a", "b", 900), Tx.transfer(2, "b", "c", 880),
                Tx.transfer(3, "c", "d", 860), Tx.transfer(4, "d", "a", 840));
        List<Alert> alerts = Engine.run(rules, CounterpartyScreen.NONE, ring);
        assertThat(typologies(alerts)).containsExactly("cycle");
        assertThat(alerts.get(0).accounts()).containsExactly("a", "b", "c", "d");
        List<Transaction> chain = List.of(Tx.transfer(1, "a", "b", 900), Tx.transfer(2, "b", "c", 880),
                Tx.transfer(3, "c", "d", 860), Tx.transfer(4, "d", "e", 840));
        assertThat(Engine.run(rules, CounterpartyScreen.NONE, chain)).isEmpty();
    }
}
