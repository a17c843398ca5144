package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Round-tripping: funds that left an account along new relations come back to it within {@code windowDays}
 * through 2 to {@code maxLength - 1} intermediaries. Works on provenance alone: each account keeps a capped list
 * of where its new-relation inflows came from (and through whom), the originator ships that list with each
 * transaction ({@link Carry}), and the beneficiary finds itself in it. Optionally also reports long chains of new
 * relations (layering).
 */
final class CycleDetector implements Detector {

    @Override
    public void onInbound(AccountContext ctx, Transaction tx, Edge edge, Carry carry) {
        if (!edge.novel || tx.from() == null || tx.from().equals(tx.to())) {
            return;
        }
        Rules.Cycle r = ctx.rules().cycle();
        String self = ctx.key();
        for (Upstream u : carry.upstream()) {
            int length = u.path().length + 1;
            if (u.origin().equals(self) && length >= r.minLength()) {
                List<String> accounts = new ArrayList<>(Arrays.asList(u.path()));
                accounts.add(tx.from());
                List<String> txs = new ArrayList<>(Arrays.asList(u.txIds()));
                txs.add(tx.id());
                ctx.emit(new Alert(Alerts.id("cycle", self, txs), "cycle", accounts, txs, u.ts(), tx.timestamp(),
                        Alerts.round(tx.amount()), Alerts.saturating(length, r.minLength()),
                        "funds left account " + self + " and came back through " + (length - 1)
                                + " new relations (" + String.join(" -> ", accounts) + " -> " + self + ")"));
                break;
            }
        }
        if (r.chains()) {
            for (Upstream u : carry.upstream()) {
                int hops = u.path().length + 1;
                if (hops >= r.minChainHops() && !u.origin().equals(self)) {
                    List<String> accounts = new ArrayList<>(Arrays.asList(u.path()));
                    accounts.add(self);
                    List<String> txs = new ArrayList<>(Arrays.asList(u.txIds()));
                    txs.add(tx.id());
                    ctx.emit(new Alert(Alerts.id("layering_chain", self, txs), "layering_chain", accounts, txs,
                            u.ts(), tx.timestamp(), Alerts.round(tx.amount()), Alerts.saturating(hops, r.minChainHops()),
                            "funds moved through a chain of " + hops + " new relations: "
                                    + String.join(" -> ", accounts)));
                    break;
                }
            }
        }
        ctx.state().addUpstream(self, tx.from(), tx, carry, ctx.rules());
    }
}
