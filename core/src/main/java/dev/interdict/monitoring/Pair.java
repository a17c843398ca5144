package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * History of one directed counterparty relation of an account, kept while the pair is active (forgotten after
 * the novelty horizon of silence): how many transactions since it (re)started and the current daily streak.
 */
public final class Pair {
    public long firstDay;
    public long lastDay;
    public int count;
    /** Day of the second transaction since the pair (re)started, or {@code Long.MAX_VALUE}. */
    public long secondDay = Long.MAX_VALUE;
    /** Consecutive days with at least one transaction, ending at {@link #lastDay}. */
    public int streakDays;
    /** The streak began with the pair itself (a new relation that transacts every day). */
    public boolean streakFromStart;
    public boolean streakReported;
    public double streakAmount;
    public long streakStartTs;
    public final List<String> streakTx = new ArrayList<>();

    /** Records a transaction on {@code day}; returns whether the pair was new (novel). */
    public static boolean isNovel(Pair p, long day, int horizonDays) {
        return p == null || day - p.lastDay > horizonDays;
    }

    void start(long day, long ts, String txId, double amount) {
        firstDay = day;
        lastDay = day;
        count = 1;
        secondDay = Long.MAX_VALUE;
        streakDays = 1;
        streakFromStart = true;
        streakReported = false;
        streakAmount = amount;
        streakStartTs = ts;
        streakTx.clear();
        streakTx.add(txId);
    }

    void add(long day, String txId, double amount, int maxStreakTx) {
        count++;
        if (count == 2) {
            secondDay = day;
        }
        if (day == lastDay) {
            // same day: streak unchanged
        } else if (day == lastDay + 1) {
            streakDays++;
        } else {
            streakDays = 1;
            streakFromStart = false;
            streakTx.clear();
            streakAmount = 0;
        }
        lastDay = day;
        if (streakFromStart && streakTx.size() < maxStreakTx) {
            streakTx.add(txId);
            streakAmount += amount;
        }
    }
}
