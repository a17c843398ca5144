package dev.interdict.monitoring;

/**
 * What a host gives a detector while it handles one key (account): that key's state, event-time timers and the
 * alert output. {@link Engine} is the in-memory host; a Flink host would back it with keyed {@code ValueState},
 * the operator's {@code TimerService} and a collector.
 */
public interface AccountContext {

    /** The account this call is keyed by. */
    String key();

    /** The state of {@link #key()}; never {@code null}. */
    AccountState state();

    Rules rules();

    /** Asks for {@link Detector#onTimer} on this key once event time reaches {@code time} (deduplicated). */
    void registerTimer(long time);

    void emit(Alert alert);

    /** The counterparty screen the host wired in; {@link CounterpartyScreen#NONE} when none. */
    CounterpartyScreen screen();
}
