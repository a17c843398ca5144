package dev.interdict.payments;

import java.util.Objects;

/** A piece of free text or a code with its path, e.g. {@code .../CdtTrfTxInf[1]/RmtInf/Ustrd[1]}. */
public record FreeText(TextKind kind, String path, String value) {
    public FreeText {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }
}
