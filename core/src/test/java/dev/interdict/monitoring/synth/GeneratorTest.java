package dev.interdict.monitoring.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.monitoring.Alert;
import dev.interdict.monitoring.CounterpartyScreen;
import dev.interdict.monitoring.Engine;
import dev.interdict.monitoring.Rules;
import dev.interdict.monitoring.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratorTest {

    @Test
    void sameSeedSameStreamInTimeOrder() {
        List<Transaction> a = new ArrayList<>();
        new Generator(200, 60, 9).transactions().forEachRemaining(a::add);
        List<Transaction> b = new ArrayList<>();
        new Generator(200, 60, 9).transactions().forEachRemaining(b::add);
        assertThat(a).isEqualTo(b).hasSizeGreaterThan(1000);
        for (int i = 1; i < a.size(); i++) {
            assertThat(a.get(i).timestamp()).isGreaterThanOrEqualTo(a.get(i - 1).timestamp());
        }
    }

    /** Which alert typologies count as finding each planted typology. */
    private static final Map<String, Set<String>> FOUND_BY = Map.of(
            "structuring", Set.of("structuring"),
            "funnel_account", Set.of("funnel_account"),
            "remittance_many_to_one", Set.of("remittance_many_to_one"),
            "remittance_one_to_many", Set.of("remittance_one_to_many"),
            "rapid_movement", Set.of("pass_through"));

    @Test
    void defaultRulesFindEveryPlantedCaseAndLittleElse() {
        Generator g = new Generator(3000, 365, 11, 0.02);
        List<Transaction> txs = new ArrayList<>();
        g.transactions().forEachRemaining(txs::add);
        List<Alert> alerts = Engine.run(Rules.defaults(), CounterpartyScreen.NONE, txs);
        Map<String, Set<String>> typologiesOfTx = new HashMap<>();
        for (Alert a : alerts) {
            for (String t : a.transactions()) {
                typologiesOfTx.computeIfAbsent(t, k -> new HashSet<>()).add(a.typology());
            }
        }
        Set<String> planted = new HashSet<>();
        assertThat(g.cases()).hasSizeGreaterThan(40);
        for (Generator.Case c : g.cases()) {
            planted.addAll(c.transactions());
            boolean found = c.transactions().stream().anyMatch(t -> typologiesOfTx.getOrDefault(t, Set.of())
                    .stream().anyMatch(FOUND_BY.get(c.typology())::contains));
            assertThat(found).as("planted %s %s", c.typology(), c.id()).isTrue();
        }
        long stray = alerts.stream().filter(a -> a.transactions().stream().noneMatch(planted::contains)).count();
        assertThat(stray).as("alerts touching no planted transaction").isLessThanOrEqualTo(alerts.size() / 10);
    }
}
