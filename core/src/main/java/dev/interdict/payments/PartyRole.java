package dev.interdict.payments;

import java.util.Locale;

/**
 * The role a party plays in a payment, in ISO 20022 terms; SWIFT MT fields are mapped onto the same roles
 * (50a ordering customer = {@link #DEBTOR}, 59a beneficiary customer = {@link #CREDITOR}, 52a = {@link #DEBTOR_AGENT}
 * (MT202: {@link #DEBTOR}), 53a/54a/55a = reimbursement agents, 56a = {@link #INTERMEDIARY_AGENT_1}, 57a =
 * {@link #CREDITOR_AGENT}, 58a = {@link #CREDITOR}). Parties of an underlying customer credit transfer (pacs.009 COV,
 * MT202COV sequence B) carry {@link Party#underlying()}.
 */
public enum PartyRole {
    DEBTOR, CREDITOR, ULTIMATE_DEBTOR, ULTIMATE_CREDITOR, INITIATING_PARTY,
    DEBTOR_AGENT, CREDITOR_AGENT, INSTRUCTING_AGENT, INSTRUCTED_AGENT,
    INTERMEDIARY_AGENT_1, INTERMEDIARY_AGENT_2, INTERMEDIARY_AGENT_3,
    PREVIOUS_INSTRUCTING_AGENT_1, PREVIOUS_INSTRUCTING_AGENT_2, PREVIOUS_INSTRUCTING_AGENT_3,
    INSTRUCTING_REIMBURSEMENT_AGENT, INSTRUCTED_REIMBURSEMENT_AGENT, THIRD_REIMBURSEMENT_AGENT,
    CHARGES_AGENT, INVOICER, INVOICEE,
    /** The sender of the message: business application header {@code Fr}, MT block 1/2. */
    SENDER,
    /** The receiver of the message: business application header {@code To}, MT block 2. */
    RECEIVER;

    /** Lower-case name, e.g. {@code ultimate_debtor}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the role is a financial institution (agent) rather than a customer. */
    public boolean isAgent() {
        return name().contains("AGENT") || this == SENDER || this == RECEIVER;
    }
}
