package dev.interdict.payments;

import java.util.Objects;

/**
 * One value of a party with the path it was read from, e.g.
 * {@code Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Dbtr/Nm}.
 */
public record PartyField(FieldKind kind, String path, String value) {
    public PartyField {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }
}
