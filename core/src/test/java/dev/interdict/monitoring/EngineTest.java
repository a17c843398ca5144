package dev.interdict.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.monitoring.synth.Generator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static List<Transaction> generated(int customers, int days) {
        List<Transaction> list = new ArrayList<>();
        new Generator(customers, days, 3, 0.05).transactions().forEachRemaining(list::add);
        return list;
    }

    @Test
    void sameInputSameAlerts() {
        List<Transaction> txs = generated(300, 120);
        List<Alert> a = Engine.run(Rules.defaults(), CounterpartyScreen.NONE, txs);
        List<Alert> b = Engine.run(Rules.defaults(), CounterpartyScreen.NONE, txs);
        assertThat(a).isNotEmpty().isEqualTo(b);
    }

    @Test
    void outOfOrderWithinLatenessGivesTheSameAlerts() {
        List<Transaction> txs = generated(300, 120);
        List<Alert> sorted = Engine.run(Rules.defaults(), CounterpartyScreen.NONE, txs);
        // shuffle inside consecutive 6-hour blocks: every event is at most 6 hours out of order (lateness: 24 h)
        List<Transaction> shuffled = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(1);
        int i = 0;
        while (i < txs.size()) {
            long blockEnd = txs.get(i).timestamp() + 6 * Rules.HOUR_MS;
            List<Transaction> block = new ArrayList<>();
            while (i < txs.size() && txs.get(i).timestamp() < blockEnd) {
                block.add(txs.get(i++));
            }
            for (int k = block.size() - 1; k > 0; k--) {
                java.util.Collections.swap(block, k, r.nextInt(k + 1));
            }
            shuffled.addAll(block);
        }
        assertThat(shuffled).isNotEqualTo(txs);
        List<Alert> out = new ArrayList<>();
        Engine e = new Engine(Rules.defaults(), CounterpartyScreen.NONE, out::add);
        shuffled.forEach(e::accept);
        e.finish();
        assertThat(e.late()).isZero();
        assertThat(new java.util.HashSet<>(out)).isEqualTo(new java.util.HashSet<>(sorted));
    }

    @Test
    void eventsLaterThanTheLatenessAreDroppedAndCounted() {
        Engine e = new Engine(Rules.defaults(), CounterpartyScreen.NONE, a -> { });
        e.accept(Tx.transfer(10, "a", "b", 1));
        e.accept(Tx.transfer(12, "a", "c", 1));
        e.accept(Tx.transfer(5, "a", "d", 1));
        e.finish();
        assertThat(e.late()).isEqualTo(1);
        assertThat(e.processed()).isEqualTo(2);
    }

    @Test
    void stateGrowsWithTheWindowNotTheHistory() {
        Rules rules = Rules.defaults();
        Engine e = new Engine(rules, CounterpartyScreen.NONE, a -> { });
        Iterator<Transaction> it = new Generator(500, 400, 5, 0.02).transactions();
        long[] sizeAtDay = new long[400];
        long firstDay = -1;
        while (it.hasNext()) {
            Transaction t = it.next();
            if (firstDay < 0) {
                firstDay = t.day();
            }
            int day = (int) (t.day() - firstDay);
            if (sizeAtDay[day] == 0 && day > 0) {
                sizeAtDay[day - 1] = e.stateSize(); // state at the end of the previous day
                sizeAtDay[day] = -1;
            }
            e.accept(t);
        }
        // after the longest window has filled (about 90 days) the state stops growing
        assertThat(sizeAtDay[120]).isPositive();
        assertThat(sizeAtDay[398]).isLessThan((long) (sizeAtDay[120] * 1.3));
        assertThat(sizeAtDay[398]).isGreaterThan((long) (sizeAtDay[120] * 0.7));
    }
}
