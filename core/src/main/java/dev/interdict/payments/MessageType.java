package dev.interdict.payments;

/**
 * The payment message families the parsers understand. The exact definition (e.g. {@code pacs.008.001.09}) is kept
 * beside it in {@link PaymentMessage#definition()}.
 */
public enum MessageType {
    /** ISO 20022 FI-to-FI customer credit transfer (001.08 to 001.13). */
    PACS_008,
    /** ISO 20022 financial institution credit transfer, incl. the cover variant (UndrlygCstmrCdtTrf). */
    PACS_009,
    /** ISO 20022 customer credit transfer initiation. */
    PAIN_001,
    /** SWIFT MT103 single customer credit transfer. */
    MT103,
    /** SWIFT MT202 general financial institution transfer. */
    MT202,
    /** SWIFT MT202COV: MT202 with the underlying customer credit transfer (sequence B). */
    MT202COV
}
