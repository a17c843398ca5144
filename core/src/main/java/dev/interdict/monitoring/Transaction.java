package dev.interdict.monitoring;

import java.util.Objects;

/**
 * One movement of money, as monitoring sees it. {@code from} is the paying account (for a cash deposit: the
 * depositor, or {@code null} when unknown is replaced by no outbound side), {@code to} the receiving account
 * ({@code null} for a cash withdrawal). Countries are ISO 3166-1 alpha-2 codes or {@code null}.
 *
 * @param id              unique transaction id
 * @param timestamp       event time, epoch milliseconds UTC
 * @param from            originating account (or depositor), may be {@code null}
 * @param to              beneficiary account, may be {@code null}
 * @param amount          amount in the reporting currency, {@code >= 0}
 * @param kind            what kind of movement
 * @param branch          branch or channel where it happened, may be {@code null}
 * @param region          state or province where it happened, may be {@code null}
 * @param fromCountry     country of the originator, may be {@code null}
 * @param toCountry       country of the beneficiary, may be {@code null}
 * @param counterpartyName name of an external counterparty (to screen), may be {@code null}
 */
public record Transaction(String id, long timestamp, String from, String to, double amount, Kind kind,
        String branch, String region, String fromCountry, String toCountry, String counterpartyName) {

    /** Kinds of movement. {@code CARD} is a card or merchant payment: not an account-to-account relation. */
    public enum Kind {
        TRANSFER, CASH_DEPOSIT, CASH_WITHDRAWAL, WIRE, REMITTANCE, CARD;

        /** An account-to-account movement, the kind network typologies look at. */
        public boolean isTransfer() {
            return this == TRANSFER || this == WIRE;
        }
    }

    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (from == null && to == null) {
            throw new IllegalArgumentException("transaction " + id + ": from and to are both missing");
        }
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("transaction " + id + ": amount must be a finite number >= 0, got "
                    + amount);
        }
    }

    /** A plain account-to-account transfer. */
    public static Transaction transfer(String id, long timestamp, String from, String to, double amount) {
        return new Transaction(id, timestamp, from, to, amount, Kind.TRANSFER, null, null, null, null, null);
    }

    /** The day number (UTC) of {@link #timestamp()}. */
    public long day() {
        return Math.floorDiv(timestamp, Rules.DAY_MS);
    }
}
