package dev.interdict.payments;

/** What happens to a payment, weakest first: a decision is the strongest action of its hits. */
public enum Action {
    /** Let it go. */
    PASS,
    /** Stop it for an analyst's review (possible match, unclear or unparseable message). */
    HOLD,
    /** Refuse it: prohibited, but no blockable interest (e.g. FSE, CAPTA, Iran/Syria transactions not blocked). */
    REJECT,
    /** Freeze it: a blocked person has an interest; becomes a blocked-property record and an OFAC report. */
    BLOCK;

    public Action max(Action other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public Action min(Action other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
