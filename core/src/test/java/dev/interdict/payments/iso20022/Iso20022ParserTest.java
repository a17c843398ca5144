package dev.interdict.payments.iso20022;

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
import dev.interdict.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Iso20022ParserTest {

    private static final String TX2 = "Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2]";

    private static PaymentMessage parse(String name) throws PaymentParseException {
        return new Iso20022Parser().parse(TestLists.message(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pacs.008.001.09.xml", "pacs.008.001.09-pass.xml", "pacs.008.001.09-reject.xml",
        "pacs.008.001.09-country.xml", "pacs.008.001.09-region.xml"})
    void testMessagesAreValidAgainstTheSchema(String name) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Validator v = sf.newSchema(SharedData.require("payments/pacs.008.001.09.xsd").toFile()).newValidator();
        v.validate(new StreamSource(new ByteArrayInputStream(TestLists.message(name))));
    }

    @Test
    void readsHeaderAndEveryTransaction() throws Exception {
        PaymentMessage m = parse("pacs.008.001.09.xml");
        assertThat(m.type()).isEqualTo(MessageType.PACS_008);
        assertThat(m.definition()).isEqualTo("pacs.008.001.09");
        assertThat(m.messageId()).isEqualTo("NWT-20260302-0001");
        assertThat(m.declaredTransactions()).isEqualTo(3);
        assertThat(m.transactions()).hasSize(3);
        Transaction t = m.transactions().get(1);
        assertThat(t.path()).isEqualTo(TX2);
        assertThat(t.instructionId()).isEqualTo("INSTR-2");
        assertThat(t.endToEndId()).isEqualTo("E2E-FULL-2");
        assertThat(t.transactionId()).isEqualTo("TX-2");
        assertThat(t.uetr()).isEqualTo("eb6305c9-1f7f-49de-aed0-16487c27b402");
        assertThat(t.amount()).isEqualByComparingTo(new BigDecimal("248000.00"));
        assertThat(t.currency()).isEqualTo("USD");
        assertThat(t.valueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void extractsEveryPartyRole() throws Exception {
        Transaction t = parse("pacs.008.001.09.xml").transactions().get(1);
        Set<PartyRole> roles = t.parties().stream().map(Party::role).collect(Collectors.toSet());
        assertThat(roles).containsAll(EnumSet.complementOf(EnumSet.of(PartyRole.SENDER, PartyRole.RECEIVER)));
        assertThat(t.party(PartyRole.INSTRUCTING_REIMBURSEMENT_AGENT).bic()).isEqualTo("CITIUS33XXX");
        assertThat(t.party(PartyRole.THIRD_REIMBURSEMENT_AGENT).path())
                .isEqualTo("Document/FIToFICstmrCdtTrf/GrpHdr/SttlmInf/ThrdRmbrsmntAgt");
        assertThat(t.party(PartyRole.CHARGES_AGENT).path()).isEqualTo(TX2 + "/ChrgsInf[1]/Agt");
        assertThat(t.party(PartyRole.INVOICER).name()).isEqualTo("Exportadora Michoacana SA de CV");
        assertThat(t.party(PartyRole.INVOICER).path()).isEqualTo(TX2 + "/RmtInf/Strd[1]/Invcr");
    }

    @Test
    void extractsEveryFieldWithItsPath() throws Exception {
        Transaction t = parse("pacs.008.001.09.xml").transactions().get(1);
        Party cdtr = t.party(PartyRole.CREDITOR);
        assertThat(cdtr.fields()).contains(
                new PartyField(FieldKind.NAME, TX2 + "/Cdtr/Nm", "LOS CUINIS"),
                new PartyField(FieldKind.ADDRESS, TX2 + "/Cdtr/PstlAdr/TwnNm", "Guadalajara"),
                new PartyField(FieldKind.COUNTRY, TX2 + "/Cdtr/PstlAdr/Ctry", "MX"),
                new PartyField(FieldKind.COUNTRY, TX2 + "/Cdtr/CtryOfRes", "MX"),
                new PartyField(FieldKind.IDENTIFIER, TX2 + "/Cdtr/Id/OrgId/Othr[1]/Id", "CUI120101AB1"),
                new PartyField(FieldKind.ACCOUNT, TX2 + "/CdtrAcct/Id/IBAN", "AE070331234567890123456"),
                new PartyField(FieldKind.NAME, TX2 + "/CdtrAcct/Nm", "BENEFICIARY OPERATING ACCOUNT"));
        assertThat(cdtr.countries()).containsExactly("MX", "AE");
        Party ultDbtr = t.party(PartyRole.ULTIMATE_DEBTOR);
        assertThat(ultDbtr.values(FieldKind.LEI)).containsExactly("549300N0RTHW1ND00042");
        Party ultCdtr = t.party(PartyRole.ULTIMATE_CREDITOR);
        assertThat(ultCdtr.values(FieldKind.BIRTH_DATE)).containsExactly("1970-05-04");
        assertThat(ultCdtr.values(FieldKind.IDENTIFIER)).containsExactly("ATC7005041");
        Party initg = t.party(PartyRole.INITIATING_PARTY);
        assertThat(initg.bic()).isEqualTo("NWTSUS31XXX");
        assertThat(initg.values(FieldKind.ADDRESS)).containsExactly("1 Treasury Plaza", "Wilmington DE 19801", "US");
        Party ia1 = t.party(PartyRole.INTERMEDIARY_AGENT_1);
        assertThat(ia1.fields()).contains(
                new PartyField(FieldKind.BIC, TX2 + "/IntrmyAgt1/FinInstnId/BICFI", "BBVAMXMMXXX"),
                new PartyField(FieldKind.LEI, TX2 + "/IntrmyAgt1/FinInstnId/LEI", "KR6LSKV3BTSJRD41IF75"),
                new PartyField(FieldKind.IDENTIFIER, TX2 + "/IntrmyAgt1/FinInstnId/ClrSysMmbId/MmbId", "021000021"),
                new PartyField(FieldKind.NAME, TX2 + "/IntrmyAgt1/FinInstnId/Nm", "BBVA MEXICO SA"),
                new PartyField(FieldKind.ACCOUNT, TX2 + "/IntrmyAgt1Acct/Id/Othr[1]/Id", "IA1-778899"));
        assertThat(t.party(PartyRole.INTERMEDIARY_AGENT_3).values(FieldKind.IDENTIFIER)).containsExactly("SANT-MX-01");
        assertThat(t.party(PartyRole.DEBTOR).values(FieldKind.ACCOUNT)).containsExactly("9876543210");
        assertThat(t.party(PartyRole.PREVIOUS_INSTRUCTING_AGENT_3).bic()).isEqualTo("DEUTDEFFXXX");
    }

    @Test
    void extractsFreeTextPurposeAndRegulatoryReporting() throws Exception {
        Transaction t = parse("pacs.008.001.09.xml").transactions().get(1);
        assertThat(t.texts()).contains(
                new FreeText(TextKind.REMITTANCE_UNSTRUCTURED, TX2 + "/RmtInf/Ustrd[1]",
                        "Invoice 2026-0042 avocado shipment"),
                new FreeText(TextKind.REMITTANCE_STRUCTURED, TX2 + "/RmtInf/Strd[1]/AddtlRmtInf[1]",
                        "Hass avocados, 40 pallets"),
                new FreeText(TextKind.REMITTANCE_STRUCTURED, TX2 + "/RmtInf/Strd[1]/CdtrRefInf[1]/Ref",
                        "RF18539007547034"),
                new FreeText(TextKind.PURPOSE, TX2 + "/Purp/Cd", "GDDS"),
                new FreeText(TextKind.PURPOSE, TX2 + "/PmtTpInf/CtgyPurp/Cd", "SUPP"),
                new FreeText(TextKind.REGULATORY_REPORTING, TX2 + "/RgltryRptg[1]/Dtls[1]/Inf",
                        "Import of agricultural goods"),
                new FreeText(TextKind.REGULATORY_REPORTING, TX2 + "/RgltryRptg[1]/Authrty/Nm", "Banco de Mexico"),
                new FreeText(TextKind.COUNTRY, TX2 + "/RgltryRptg[1]/Dtls[1]/Ctry", "MX"),
                new FreeText(TextKind.INSTRUCTION, TX2 + "/InstrForCdtrAgt[1]/InstrInf",
                        "Call beneficiary before credit"),
                new FreeText(TextKind.INSTRUCTION, TX2 + "/InstrForNxtAgt[1]/InstrInf", "Urgent value today"),
                new FreeText(TextKind.RELATED_REMITTANCE, TX2 + "/RltdRmtInf[1]/RmtId", "RMT-2026-0042"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pacs.008.001.08.xml", "pacs.008.001.13.xml"})
    void readsOtherVersionsTheSameWay(String name) throws Exception {
        PaymentMessage m = parse(name);
        assertThat(m.type()).isEqualTo(MessageType.PACS_008);
        assertThat(m.definition()).isEqualTo(name.replace(".xml", ""));
        assertThat(m.transactions().get(0).party(PartyRole.DEBTOR).name()).isNotBlank();
    }

    @Test
    void readsAnEnvelopeWithApplicationHeader() throws Exception {
        PaymentMessage m = parse("pacs.008.001.09-envelope.xml");
        Transaction t = m.transactions().get(0);
        assertThat(t.party(PartyRole.SENDER).bic()).isEqualTo("CHASUS33XXX");
        assertThat(t.party(PartyRole.SENDER).fields().get(0).path()).isEqualTo("AppHdr/Fr/FIId/FinInstnId/BICFI");
        assertThat(t.party(PartyRole.RECEIVER).bic()).isEqualTo("BNMXMXMMXXX");
        assertThat(t.path()).isEqualTo("Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]");
    }

    @Test
    void readsPacs009CoverWithUnderlyingCustomers() throws Exception {
        PaymentMessage m = parse("pacs.009.001.08-cov.xml");
        assertThat(m.type()).isEqualTo(MessageType.PACS_009);
        Transaction t = m.transactions().get(0);
        assertThat(t.party(PartyRole.DEBTOR).underlying()).isFalse();
        assertThat(t.party(PartyRole.DEBTOR).bic()).isEqualTo("ROYCCAT2XXX");
        Party ucdtr = t.parties(PartyRole.CREDITOR, true).get(0);
        assertThat(ucdtr.roleName()).isEqualTo("underlying_creditor");
        assertThat(ucdtr.name()).isEqualTo("SINALOA CARTEL");
        assertThat(ucdtr.fields().get(0).path())
                .isEqualTo("Document/FICdtTrf/CdtTrfTxInf[1]/UndrlygCstmrCdtTrf/Cdtr/Nm");
        assertThat(t.amount()).isEqualByComparingTo("75000.00");
    }

    @Test
    void readsPain001WithPaymentInformationParties() throws Exception {
        PaymentMessage m = parse("pain.001.001.09.xml");
        assertThat(m.type()).isEqualTo(MessageType.PAIN_001);
        assertThat(m.transactions()).hasSize(2);
        for (Transaction t : m.transactions()) {
            assertThat(t.party(PartyRole.DEBTOR).name()).isEqualTo("Acme Europe GmbH");
            assertThat(t.party(PartyRole.INITIATING_PARTY).bic()).isEqualTo("ACMEDEFFXXX");
            assertThat(t.party(PartyRole.ULTIMATE_DEBTOR).name()).isEqualTo("Acme Holdings SE");
            assertThat(t.valueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(t.currency()).isEqualTo("EUR");
        }
        assertThat(m.transactions().get(1).party(PartyRole.CREDITOR_AGENT).bic()).isEqualTo("HNRBBY2XXXX");
        assertThat(m.transactions().get(1).path())
                .isEqualTo("Document/CstmrCdtTrfInitn/PmtInf[1]/CdtTrfTxInf[2]");
    }

    @Test
    void refusesDtdsEntitiesAndUnknownTypes() {
        Iso20022Parser p = new Iso20022Parser();
        assertThatThrownBy(() -> p.parse(TestLists.message("xxe.xml"))).isInstanceOf(PaymentParseException.class)
                .hasMessageContaining("DTD");
        assertThatThrownBy(() -> p.parse(TestLists.message("billion-laughs.xml")))
                .isInstanceOf(PaymentParseException.class).hasMessageContaining("DTD");
        assertThatThrownBy(() -> p.parse(TestLists.message("malformed.xml")))
                .isInstanceOf(PaymentParseException.class).hasMessageStartingWith("malformed XML");
        assertThatThrownBy(() -> p.parse(TestLists.message("camt.053-unknown.xml")))
                .isInstanceOf(PaymentParseException.class).hasMessageContaining("unknown message type: camt.053");
        assertThatThrownBy(() -> p.parse("<a><b/></a>".getBytes()))
                .isInstanceOf(PaymentParseException.class).hasMessageContaining("no ISO 20022 Document");
        assertThatThrownBy(() -> p.parse(("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.02\">"
                + "<FIToFICstmrCdtTrf/></Document>").getBytes()))
                .isInstanceOf(PaymentParseException.class).hasMessageContaining("unsupported message version");
    }
}
