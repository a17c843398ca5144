package dev.interdict.payments;

/** What a piece of free text or code in a payment is. */
public enum TextKind {
    /** RmtInf/Ustrd; MT :70:. */
    REMITTANCE_UNSTRUCTURED(true),
    /** A text leaf of RmtInf/Strd (references, additional remittance information). */
    REMITTANCE_STRUCTURED(true),
    /** RltdRmtInf. */
    RELATED_REMITTANCE(true),
    /** Purp/Cd or Purp/Prtry; MT :26T:. */
    PURPOSE(false),
    /** RgltryRptg text (Inf, authority name); MT :77B:. */
    REGULATORY_REPORTING(true),
    /** InstrForNxtAgt, InstrForCdtrAgt; MT :23E:. */
    INSTRUCTION(true),
    /** MT :72: sender to receiver information. */
    SENDER_TO_RECEIVER(true),
    /** A country code outside any party (RgltryRptg/Dtls/Ctry): checked against sanctioned countries. */
    COUNTRY(false);

    private final boolean scanned;

    TextKind(boolean scanned) {
        this.scanned = scanned;
    }

    /** Whether the text is scanned for listed names. */
    public boolean scanned() {
        return scanned;
    }
}
