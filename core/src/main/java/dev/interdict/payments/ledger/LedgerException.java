package dev.interdict.payments.ledger;

/** A ledger operation that is not allowed (wrong state, missing licence, four-eyes violation) or a corrupt ledger. */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
