package dev.interdict.monitoring;

import java.util.concurrent.atomic.AtomicLong;

/** Test helper: transactions on a given day (UTC days from 2024-01-01) and hour. */
final class Tx {
    static final long T0 = 1_704_067_200_000L;
    private static final AtomicLong SEQ = new AtomicLong();

    private Tx() {
    }

    static long at(int day, int hour) {
        return T0 + day * Rules.DAY_MS + hour * Rules.HOUR_MS;
    }

    static Transaction transfer(int day, String from, String to, double amount) {
        return Transaction.transfer("t" + SEQ.incrementAndGet(), at(day, 10), from, to, amount);
    }

    static Transaction of(int day, int hour, String from, String to, double amount, Transaction.Kind kind,
            String branch, String region, String fromCountry, String toCountry, String name) {
        return new Transaction("t" + SEQ.incrementAndGet(), at(day, hour), from, to, amount, kind, branch, region,
                fromCountry, toCountry, name);
    }
}
