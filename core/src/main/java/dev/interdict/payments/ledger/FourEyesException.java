package dev.interdict.payments.ledger;

/** A release or transfer approved by the person who requested it: refused. */
public final class FourEyesException extends LedgerException {
    private static final long serialVersionUID = 1L;

    public FourEyesException(String message) {
        super(message);
    }
}
