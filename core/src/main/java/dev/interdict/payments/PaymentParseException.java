package dev.interdict.payments;

/**
 * A message that cannot be parsed (malformed, unsafe, truncated, of an unknown type). The message is never passed:
 * {@link PaymentScreening} turns this into a {@link Action#HOLD} with {@link #getMessage()} as the reason.
 */
public final class PaymentParseException extends Exception {
    private static final long serialVersionUID = 1L;

    public PaymentParseException(String message) {
        super(message);
    }

    public PaymentParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
