package dev.interdict.payments.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.payments.FieldKind;
import dev.interdict.payments.FreeText;
import dev.interdict.payments.MessageType;
import dev.interdict.payments.Party;
import dev.interdict.payments.PartyField;
import dev.interdict.payments.PartyRole;
import dev.interdict.payments.PaymentMessage;
import dev.interdict.payments.PaymentParseException;
import dev.interdict.payments.TestLists;
import dev.interdict.payments.TextKind;
import dev.interdict.payments.Transaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MtParserTest {

    private static PaymentMessage parse(String name) throws PaymentParseException {
        return new MtParser().parse(new String(TestLists.message(name), StandardCharsets.UTF_8));
    }

    @Test
    void readsMt103BlocksAndFields() throws Exception {
        PaymentMessage m = parse("mt103-freetext.txt");
        assertThat(m.type()).isEqualTo(MessageType.MT103);
        assertThat(m.messageId()).isEqualTo("NWT0001MT103");
        Transaction t = m.transactions().get(0);
        assertThat(t.uetr()).isEqualTo("c3b0a6f4-8d2e-4f1a-9b3c-5d6e7f8a9b0c");
        assertThat(t.amount()).isEqualByComparingTo("48500.00");
        assertThat(t.currency()).isEqualTo("USD");
        assertThat(t.valueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(t.party(PartyRole.SENDER).bic()).isEqualTo("CHASUS33XXX");
        assertThat(t.party(PartyRole.RECEIVER).bic()).isEqualTo("BNMXMXMMXXX");
        Party dbtr = t.party(PartyRole.DEBTOR);
        assertThat(dbtr.fields()).containsExactly(
                new PartyField(FieldKind.ACCOUNT, "MT103/4/50K", "000123456789"),
                new PartyField(FieldKind.NAME, "MT103/4/50K", "NORTHWIND TRADING COMPANY"),
                new PartyField(FieldKind.ADDRESS, "MT103/4/50K", "12 ELM STREET"),
                new PartyField(FieldKind.ADDRESS, "MT103/4/50K", "NEW YORK NY 10001 US"));
        assertThat(t.party(PartyRole.DEBTOR_AGENT).bic()).isEqualTo("CHASUS33");
        assertThat(t.party(PartyRole.INSTRUCTING_REIMBURSEMENT_AGENT).bic()).isEqualTo("CITIUS33");
        assertThat(t.party(PartyRole.INSTRUCTED_REIMBURSEMENT_AGENT).bic()).isEqualTo("BAMXMXMM");
        assertThat(t.party(PartyRole.INTERMEDIARY_AGENT_1).bic()).isEqualTo("BBVAMXMM");
        assertThat(t.party(PartyRole.CREDITOR_AGENT).bic()).isEqualTo("BNMXMXMM");
        assertThat(t.party(PartyRole.CREDITOR).name()).isEqualTo("MAQUINARIA DEL BAJIO SA DE CV");
        assertThat(t.texts()).contains(
                new FreeText(TextKind.REMITTANCE_UNSTRUCTURED, "MT103/4/70", "INVOICE LOS CUINIS SA DE CV 2026-0117"),
                new FreeText(TextKind.SENDER_TO_RECEIVER, "MT103/4/72", "/ACC/CALL BENEFICIARY"));
    }

    @Test
    void readsOptionFParties() throws Exception {
        Transaction t = parse("mt103-block.txt").transactions().get(0);
        Party cdtr = t.party(PartyRole.CREDITOR);
        assertThat(cdtr.name()).isEqualTo("CARTEL DE JALISCO NUEVA GENERACION");
        assertThat(cdtr.values(FieldKind.COUNTRY)).containsExactly("MX");
        assertThat(cdtr.values(FieldKind.ACCOUNT)).containsExactly("002180700198765432");
        assertThat(t.amount()).isEqualByComparingTo("120000");
    }

    @Test
    void readsMt202AndMt202CovSequenceB() throws Exception {
        PaymentMessage m202 = parse("mt202.txt");
        assertThat(m202.type()).isEqualTo(MessageType.MT202);
        Transaction t = m202.transactions().get(0);
        assertThat(t.endToEndId()).isEqualTo("REL0004");
        assertThat(t.party(PartyRole.CREDITOR).bic()).isEqualTo("HAVIGB2L");
        assertThat(t.party(PartyRole.CREDITOR).values(FieldKind.ACCOUNT)).containsExactly("GB29NWBK60161331926819");
        assertThat(t.party(PartyRole.DEBTOR).bic()).isEqualTo("CHASUS33");

        PaymentMessage cov = parse("mt202cov.txt");
        assertThat(cov.type()).isEqualTo(MessageType.MT202COV);
        Transaction c = cov.transactions().get(0);
        Party ud = c.parties(PartyRole.DEBTOR, true).get(0);
        assertThat(ud.name()).isEqualTo("RUBEN OSEGUERA CERVANTES");
        assertThat(ud.path()).isEqualTo("MT202COV/4/B/50F");
        assertThat(ud.values(FieldKind.BIRTH_DATE)).containsExactly("19660717");
        assertThat(c.parties(PartyRole.CREDITOR, true).get(0).name()).isEqualTo("PACIFIC SEAFOOD IMPORTS SA DE CV");
        assertThat(c.parties(PartyRole.DEBTOR_AGENT, true)).hasSize(1);
        assertThat(c.party(PartyRole.CREDITOR).bic()).isEqualTo("BNMXMXMM");
        assertThat(c.texts()).contains(new FreeText(TextKind.REMITTANCE_UNSTRUCTURED, "MT202COV/4/B/70",
                "FROZEN SHRIMP INV 5531"));
    }

    @Test
    void refusesTruncatedAndUnknownMessages() {
        MtParser p = new MtParser();
        assertThatThrownBy(() -> parse("mt103-truncated.txt")).isInstanceOf(PaymentParseException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> parse("mt940-unknown.txt")).isInstanceOf(PaymentParseException.class)
                .hasMessageContaining("unknown message type: MT940");
        assertThatThrownBy(() -> p.parse("{1:F01CHASUS33AXXX0000000000}{2:I103BNMXMXMMXXXXN}{3:{121:x}"))
                .isInstanceOf(PaymentParseException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> p.parse("{1:F01CHASUS33AXXX0000000000}")).isInstanceOf(PaymentParseException.class)
                .hasMessageContaining("block {2:}");
    }
}
