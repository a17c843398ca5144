package dev.interdict.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One transaction of a payment message, with everything worth screening. Parties of the message header, group
 * header and payment information block are copied into every transaction they apply to.
 *
 * @param index          1-based position in the message
 * @param path           path of the transaction element ({@code Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]}, {@code MT103/4})
 * @param instructionId  InstrId; MT :20:
 * @param endToEndId     EndToEndId; MT202/202COV :21:
 * @param transactionId  TxId
 * @param uetr           UETR; MT block 3 field 121
 * @param amount         interbank settlement amount (pacs), instructed amount (pain.001), MT :32A:
 * @param currency       ISO 4217 code
 * @param valueDate      interbank settlement date or requested execution date
 * @param parties        every party, header parties first
 * @param texts          remittance information, purpose, regulatory reporting, instructions, MT :70:/:72:
 */
public record Transaction(int index, String path, String instructionId, String endToEndId, String transactionId,
        String uetr, BigDecimal amount, String currency, LocalDate valueDate, List<Party> parties,
        List<FreeText> texts) {

    public Transaction {
        parties = List.copyOf(parties);
        texts = List.copyOf(texts);
    }

    /** The first non-underlying party with {@code role}, else the first underlying one, else {@code null}. */
    public Party party(PartyRole role) {
        Party found = null;
        for (Party p : parties) {
            if (p.role() == role) {
                if (!p.underlying()) {
                    return p;
                }
                if (found == null) {
                    found = p;
                }
            }
        }
        return found;
    }

    public List<Party> parties(PartyRole role, boolean underlying) {
        List<Party> out = new ArrayList<>();
        for (Party p : parties) {
            if (p.role() == role && p.underlying() == underlying) {
                out.add(p);
            }
        }
        return out;
    }

    /** Every country code stated or implied by parties and regulatory reporting. */
    public Set<String> countries() {
        Set<String> out = new LinkedHashSet<>();
        for (Party p : parties) {
            out.addAll(p.countries());
        }
        for (FreeText t : texts) {
            if (t.kind() == TextKind.COUNTRY && t.value().length() == 2) {
                out.add(t.value());
            }
        }
        return out;
    }
}
