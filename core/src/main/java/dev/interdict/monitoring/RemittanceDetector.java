package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Remittances into corridor countries (default US to Mexico and Central America) just under a reporting band:
 * many senders to one beneficiary (keyed by the beneficiary) or one sender to many beneficiaries (keyed by the
 * sender), within {@code windowDays}. Each remittance is reported once per side.
 */
final class RemittanceDetector implements Detector {

    @Override
    public void onOutbound(AccountContext ctx, Transaction tx, Edge edge) {
        if (matches(ctx.rules().remittance(), tx)) {
            check(ctx, tx, ctx.state().out, ctx.rules().remittance().minBeneficiaries(), "beneficiaries");
        }
    }

    @Override
    public void onInbound(AccountContext ctx, Transaction tx, Edge edge, Carry carry) {
        if (matches(ctx.rules().remittance(), tx)) {
            check(ctx, tx, ctx.state().in, ctx.rules().remittance().minSenders(), "senders");
        }
    }

    static boolean matches(Rules.Remittance r, Transaction tx) {
        if (tx.kind() != Transaction.Kind.REMITTANCE && tx.kind() != Transaction.Kind.WIRE) {
            return false;
        }
        if (tx.toCountry() == null || !r.countries().contains(tx.toCountry())) {
            return false;
        }
        return nearBand(r, tx.amount());
    }

    static boolean nearBand(Rules.Remittance r, double amount) {
        for (double band : r.bands()) {
            if (amount < band && amount >= r.nearFraction() * band) {
                return true;
            }
        }
        return false;
    }

    private static void check(AccountContext ctx, Transaction tx, java.util.ArrayDeque<Edge> edges, int min,
            String what) {
        Rules.Remittance r = ctx.rules().remittance();
        long from = tx.timestamp() - r.windowDays() * Rules.DAY_MS;
        List<Edge> hit = new ArrayList<>();
        Set<String> parties = new HashSet<>();
        for (Iterator<Edge> it = edges.descendingIterator(); it.hasNext(); ) {
            Edge e = it.next();
            if (e.ts < from) {
                break;
            }
            if ((e.kind == Transaction.Kind.REMITTANCE || e.kind == Transaction.Kind.WIRE)
                    && (e.alerted & Alerts.REMITTANCE) == 0 && nearBand(r, e.amount) && e.counterparty != null) {
                hit.add(e);
                parties.add(e.counterparty);
            }
        }
        if (parties.size() < min) {
            return;
        }
        java.util.Collections.reverse(hit);
        Alerts.mark(hit, Alerts.REMITTANCE);
        ctx.emit(Alerts.of("remittance_" + (what.equals("senders") ? "many_to_one" : "one_to_many"), ctx.key(), hit,
                Alerts.saturating(parties.size(), min), "account " + ctx.key() + ": " + hit.size()
                        + " remittances to " + tx.toCountry() + " just under a reporting band, " + parties.size()
                        + " distinct " + what + " within " + r.windowDays() + " days"));
    }
}
