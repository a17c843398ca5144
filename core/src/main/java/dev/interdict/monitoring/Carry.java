package dev.interdict.monitoring;

import java.util.List;

/**
 * What the outbound half of a transaction (keyed by the originator) hands to its inbound half (keyed by the
 * beneficiary): whether the relation is new, and the originator's provenance. Serializable by value, so a stream
 * host can ship it with the event between two keyed operators.
 *
 * @param novel     the pair had not transacted within the novelty horizon
 * @param upstream  the originator's unexpired provenance entries (empty unless novel)
 * @param lastUpstream the account that most recently sent new-relation funds to the originator, or {@code null}
 */
public record Carry(boolean novel, List<Upstream> upstream, String lastUpstream) {

    public static final Carry NONE = new Carry(true, List.of(), null);
}
