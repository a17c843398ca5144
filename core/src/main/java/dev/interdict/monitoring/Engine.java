package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The in-memory host of the detectors: feed it transactions with {@link #accept}, then call {@link #finish}.
 *
 * <p>Event time: transactions may arrive out of order by up to {@code general.allowedLatenessHours}; they are
 * buffered and released in (timestamp, arrival) order once the newest timestamp seen is that far ahead. A
 * transaction older than what has already been released is dropped and counted in {@link #late()}. Timers fire
 * before any transaction at or after their time. Same input and rules give the same alerts in the same order.
 *
 * <p>Memory: one {@link AccountState} per account active within the retention window (idle ones are evicted),
 * the re-ordering buffer and pending timers. Not thread-safe: one engine per thread or partition.
 */
public final class Engine {

    private final Rules rules;
    private final List<Detector> detectors;
    private final CounterpartyScreen screen;
    private final Consumer<Alert> sink;
    private final long latenessMs;
    private final long evictAfterMs;
    private final HashMap<String, AccountState> states = new HashMap<>(1024);
    private long lastEviction = Long.MIN_VALUE;
    /** Arrivals in timestamp order (the common case) queue here; out-of-order ones go to {@link #unordered}. */
    private final java.util.ArrayDeque<Pending> ordered = new java.util.ArrayDeque<>();
    private final PriorityQueue<Pending> unordered = new PriorityQueue<>();
    private final TreeMap<Long, LinkedHashSet<String>> timers = new TreeMap<>();
    private final Ctx ctx = new Ctx();
    private long seq;
    private long maxSeen = Long.MIN_VALUE;
    private long released = Long.MIN_VALUE;
    private long processed;
    private long late;
    private long alerts;

    private record Pending(Transaction tx, long seq) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending o) {
            int c = Long.compare(tx.timestamp(), o.tx.timestamp());
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    /** An engine running the {@link Detectors#standard default detectors}. */
    public Engine(Rules rules, CounterpartyScreen screen, Consumer<Alert> sink) {
        this(rules, Detectors.standard(rules), screen, sink);
    }

    public Engine(Rules rules, List<Detector> detectors, CounterpartyScreen screen, Consumer<Alert> sink) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.detectors = List.copyOf(detectors);
        this.screen = screen == null ? CounterpartyScreen.NONE : screen;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.latenessMs = rules.general().allowedLatenessHours() * Rules.HOUR_MS;
        this.evictAfterMs = rules.retentionMs() + (rules.network().settleDays() + 2) * Rules.DAY_MS;
    }

    /** Takes the next transaction in arrival order. */
    public void accept(Transaction tx) {
        if (tx.timestamp() < released) {
            late++;
            return;
        }
        Pending p = new Pending(tx, seq++);
        if (ordered.isEmpty() || ordered.peekLast().tx.timestamp() <= tx.timestamp()) {
            ordered.addLast(p);
        } else {
            unordered.add(p);
        }
        if (tx.timestamp() > maxSeen) {
            maxSeen = tx.timestamp();
        }
        long watermark = maxSeen - latenessMs;
        Pending next;
        while ((next = peek()) != null && next.tx.timestamp() <= watermark) {
            process(poll(next).tx);
        }
    }

    /** The earliest buffered transaction (ties: earliest arrival), or {@code null}. */
    private Pending peek() {
        Pending a = ordered.peekFirst();
        Pending b = unordered.peek();
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private Pending poll(Pending p) {
        return p == ordered.peekFirst() ? ordered.pollFirst() : unordered.poll();
    }

    /** Releases everything buffered and fires every pending timer (end of input). */
    public void finish() {
        Pending next;
        while ((next = peek()) != null) {
            process(poll(next).tx);
        }
        fireTimers(Long.MAX_VALUE);
    }

    private void process(Transaction tx) {
        released = tx.timestamp();
        fireTimers(tx.timestamp());
        Carry carry = Carry.NONE;
        if (tx.from() != null) {
            AccountState s = state(tx.from());
            Edge e = s.recordOut(tx, rules);
            carry = s.carry(e.novel, tx.timestamp(), rules);
            ctx.bind(tx.from(), s);
            for (Detector d : detectors) {
                d.onOutbound(ctx, tx, e);
            }
        }
        if (tx.to() != null) {
            AccountState s = state(tx.to());
            Edge e = s.recordIn(tx, carry, rules);
            ctx.bind(tx.to(), s);
            for (Detector d : detectors) {
                d.onInbound(ctx, tx, e, carry);
            }
        }
        processed++;
        if (tx.timestamp() - lastEviction >= Rules.DAY_MS) {
            lastEviction = tx.timestamp();
            evictIdle(tx.timestamp());
        }
    }

    private AccountState state(String key) {
        AccountState s = states.get(key);
        if (s == null) {
            s = new AccountState();
            states.put(key, s);
        }
        return s;
    }

    private void evictIdle(long now) {
        long oldest = now - evictAfterMs;
        states.values().removeIf(s -> s.lastSeen < oldest); // once per event-time day
    }

    private void fireTimers(long upTo) {
        while (!timers.isEmpty() && timers.firstKey() <= upTo) {
            Map.Entry<Long, LinkedHashSet<String>> first = timers.pollFirstEntry();
            for (String key : first.getValue()) {
                AccountState s = states.get(key);
                if (s == null) {
                    continue;
                }
                ctx.bind(key, s);
                for (Detector d : detectors) {
                    d.onTimer(ctx, first.getKey());
                }
            }
        }
    }

    /** Transactions processed so far. */
    public long processed() {
        return processed;
    }

    /** Transactions dropped because they arrived later than the allowed lateness. */
    public long late() {
        return late;
    }

    /** Alerts emitted so far. */
    public long alerts() {
        return alerts;
    }

    /** Accounts currently held in state. */
    public int accountsInState() {
        return states.size();
    }

    /** Total remembered items over all accounts (see {@link AccountState#size()}); a test hook for boundedness. */
    public long stateSize() {
        long n = 0;
        for (AccountState s : states.values()) {
            n += s.size();
        }
        return n;
    }

    /** Pending timers (a test hook). */
    public int pendingTimers() {
        int n = 0;
        for (LinkedHashSet<String> keys : timers.values()) {
            n += keys.size();
        }
        return n;
    }

    private final class Ctx implements AccountContext {
        private String key;
        private AccountState state;

        void bind(String k, AccountState s) {
            key = k;
            state = s;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public AccountState state() {
            return state;
        }

        @Override
        public Rules rules() {
            return rules;
        }

        @Override
        public void registerTimer(long time) {
            timers.computeIfAbsent(time, t -> new LinkedHashSet<>()).add(key);
        }

        @Override
        public void emit(Alert alert) {
            alerts++;
            sink.accept(alert);
        }

        @Override
        public CounterpartyScreen screen() {
            return screen;
        }
    }

    /** Collects alerts into a list (for tests and small batches). */
    public static List<Alert> run(Rules rules, CounterpartyScreen screen, Iterable<Transaction> txs) {
        List<Alert> out = new ArrayList<>();
        Engine e = new Engine(rules, screen, out::add);
        for (Transaction t : txs) {
            e.accept(t);
        }
        e.finish();
        return out;
    }
}
