package dev.interdict.app.service;

import dev.interdict.screening.Match;
import dev.interdict.screening.MatchJson;
import dev.interdict.screening.Screener;
import dev.interdict.store.Alert;
import dev.interdict.store.Customer;
import dev.interdict.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/** Turns a customer's matches into alerts, raising only new ones (see {@code store.Alerts}). */
public final class Alerting {

    /** Matches at or above this score raise alerts. */
    public static final double THRESHOLD = Screener.DEFAULT_THRESHOLD;
    /** At most this many alerts per customer and screening. */
    public static final int MAX_MATCHES = Screener.DEFAULT_LIMIT;

    private Alerting() {
    }

    /**
     * Raises an alert for each of {@code matches} that is new, in the caller's transaction.
     *
     * @param refs the content hash and version of a matched entity
     * @return how many alerts were raised
     */
    public static int raise(Store store, Handle h, long tenantId, Customer c, String customerHash,
            List<Match> matches, Function<Match, ActiveLists.EntityRef> refs, Instant now) {
        int raised = 0;
        for (Match m : matches) {
            ActiveLists.EntityRef ref = refs.apply(m);
            if (ref == null) {
                continue; // the entity left the active lists while we screened
            }
            Alert.Candidate cand = new Alert.Candidate(c.id(), customerHash, m.entity().id(), ref.contentHash(),
                    m.entity().list(), m.entity().sourceId(), m.entity().caption(), m.matchedName(), m.score(),
                    MatchJson.explanation(m.explanation()).toString(), ref.versionId());
            if (store.alerts().raiseIfNew(h, tenantId, cand, now).isPresent()) {
                raised++;
            }
        }
        return raised;
    }
}
