package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Builds {@link Alert alerts} from edges: accounts in order of appearance, time span, amount, deterministic id. */
final class Alerts {

    /** Typology bits marked on edges once reported. */
    static final int FAN_IN = 1;
    static final int FAN_OUT = 2;
    static final int GATHER_SCATTER = 4;
    static final int PASS_THROUGH = 8;
    static final int STRUCTURING = 16;
    static final int FUNNEL = 32;
    static final int REMITTANCE = 64;
    static final int CORRIDOR = 128;

    private Alerts() {
    }

    static Alert of(String typology, String key, Collection<Edge> edges, double score, String explanation) {
        LinkedHashSet<String> accounts = new LinkedHashSet<>();
        accounts.add(key);
        List<String> txs = new ArrayList<>(edges.size());
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        double amount = 0;
        for (Edge e : edges) {
            if (e.counterparty != null) {
                accounts.add(e.counterparty);
            }
            txs.add(e.txId);
            start = Math.min(start, e.ts);
            end = Math.max(end, e.ts);
            amount += e.amount;
        }
        return new Alert(id(typology, key, txs), typology, List.copyOf(accounts), txs, start, end, round(amount),
                clamp(score), explanation);
    }

    static String id(String typology, String key, List<String> txs) {
        return typology + ":" + key + ":" + (txs.isEmpty() ? "-" : txs.get(0));
    }

    static void mark(Collection<Edge> edges, int bit) {
        for (Edge e : edges) {
            e.alerted |= bit;
        }
    }

    static boolean anyUnmarked(Collection<Edge> edges, int bit) {
        for (Edge e : edges) {
            if ((e.alerted & bit) == 0) {
                return true;
            }
        }
        return false;
    }

    static double clamp(double score) {
        return Math.max(0, Math.min(1, Math.round(score * 1000) / 1000.0));
    }

    static double round(double amount) {
        return Math.round(amount * 100) / 100.0;
    }

    static String money(double amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }

    /** Score rising from 0.5 at the threshold towards 1 as {@code value} grows past it. */
    static double saturating(double value, double threshold) {
        return 1 - 0.5 * threshold / Math.max(value, threshold);
    }
}
