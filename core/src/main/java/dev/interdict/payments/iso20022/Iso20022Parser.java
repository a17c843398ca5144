package dev.interdict.payments.iso20022;

import dev.interdict.payments.FieldKind;
import dev.interdict.payments.FreeText;
import dev.interdict.payments.MessageType;
import dev.interdict.payments.Party;
import dev.interdict.payments.PartyRole;
import dev.interdict.payments.PaymentMessage;
import dev.interdict.payments.PaymentParseException;
import dev.interdict.payments.TextKind;
import dev.interdict.payments.Transaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming (StAX) reader of ISO 20022 pacs.008 (001.08 to 001.13), pacs.009 (incl. cover) and pain.001, optionally
 * inside an envelope with a business application header ({@code AppHdr}). Version-agnostic: it recognises elements
 * by local name and position, so the same code reads every version; the message type comes from the namespace URI
 * of {@code Document} ({@code urn:iso:std:iso:20022:tech:xsd:pacs.008.001.09}).
 *
 * <p>Safe for untrusted input: see {@link SecureXml}; any DTD or entity reference ends the parse with a
 * {@link PaymentParseException}. Not thread-safe: use one parser per thread (they are cheap).
 */
public final class Iso20022Parser {

    /** The namespace prefix of every ISO 20022 message definition. */
    public static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    /** Elements deeper than this are refused. */
    public static final int MAX_DEPTH = 64;

    private static final Map<String, PartyRole> ROLES = new HashMap<>();
    private static final Map<String, PartyRole> ACCOUNTS = new HashMap<>();
    private static final Set<String> INDEXED = Set.of("CdtTrfTxInf", "PmtInf", "AdrLine", "Ustrd", "Strd", "Othr",
            "Dtls", "RgltryRptg", "InstrForNxtAgt", "InstrForCdtrAgt", "RltdRmtInf", "RfrdDocInf", "AddtlRmtInf",
            "ChrgsInf", "CdtrRefInf", "RfrdDocAmt");
    private static final Set<String> ADDRESS_PARTS = Set.of("AdrLine", "StrtNm", "BldgNb", "BldgNm", "Flr", "PstBx",
            "Room", "PstCd", "TwnNm", "TwnLctnNm", "DstrctNm", "CtrySubDvsn", "Dept", "SubDept", "CareOf", "UnitNb");

    static {
        String[][] roles = {
            {"Dbtr", "DEBTOR"}, {"Cdtr", "CREDITOR"}, {"UltmtDbtr", "ULTIMATE_DEBTOR"},
            {"UltmtCdtr", "ULTIMATE_CREDITOR"}, {"InitgPty", "INITIATING_PARTY"}, {"DbtrAgt", "DEBTOR_AGENT"},
            {"CdtrAgt", "CREDITOR_AGENT"}, {"InstgAgt", "INSTRUCTING_AGENT"}, {"InstdAgt", "INSTRUCTED_AGENT"},
            {"IntrmyAgt1", "INTERMEDIARY_AGENT_1"}, {"IntrmyAgt2", "INTERMEDIARY_AGENT_2"},
            {"IntrmyAgt3", "INTERMEDIARY_AGENT_3"}, {"PrvsInstgAgt1", "PREVIOUS_INSTRUCTING_AGENT_1"},
            {"PrvsInstgAgt2", "PREVIOUS_INSTRUCTING_AGENT_2"}, {"PrvsInstgAgt3", "PREVIOUS_INSTRUCTING_AGENT_3"},
            {"InstgRmbrsmntAgt", "INSTRUCTING_REIMBURSEMENT_AGENT"},
            {"InstdRmbrsmntAgt", "INSTRUCTED_REIMBURSEMENT_AGENT"}, {"ThrdRmbrsmntAgt", "THIRD_REIMBURSEMENT_AGENT"},
            {"Invcr", "INVOICER"}, {"Invcee", "INVOICEE"},
        };
        for (String[] r : roles) {
            PartyRole role = PartyRole.valueOf(r[1]);
            ROLES.put(r[0], role);
            ACCOUNTS.put(r[0] + "Acct", role);
        }
        ACCOUNTS.put("ChrgsAcct", PartyRole.DEBTOR);
    }

    private final XMLInputFactory factory = SecureXml.inputFactory();

    /** Parses one message. */
    public PaymentMessage parse(byte[] xml) throws PaymentParseException {
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            return new Run(r).read();
        } catch (XMLStreamException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ").strip();
            throw new PaymentParseException("malformed XML: " + m, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }

    private enum ScopeKind { HEADER, GROUP, PAYMENT_INFO, TRANSACTION, UNDERLYING }

    /** Parties, texts and identifying fields collected at one level of the message. */
    private static final class Scope {
        final ScopeKind kind;
        final String path;
        final Map<PartyRole, Party.Builder> byRole = new LinkedHashMap<>();
        final List<Party.Builder> parties;
        final List<FreeText> texts;
        String instrId;
        String endToEndId;
        String txId;
        String uetr;
        BigDecimal amount;
        String currency;
        LocalDate date;

        Scope(ScopeKind kind, String path, Scope sharing) {
            this.kind = kind;
            this.path = path;
            this.parties = sharing == null ? new ArrayList<>() : sharing.parties;
            this.texts = sharing == null ? new ArrayList<>() : sharing.texts;
        }

        Party.Builder party(PartyRole role, String path) {
            return byRole.computeIfAbsent(role, r -> {
                Party.Builder b = new Party.Builder(r, kind == ScopeKind.UNDERLYING, path);
                parties.add(b);
                return b;
            });
        }
    }

    private static final class Frame {
        final String name;
        final String path;
        final Map<String, Integer> childCounts = new HashMap<>(4);
        Scope scope;
        Party.Builder party;
        boolean account;
        boolean document;
        boolean hasChildren;
        String currency;

        Frame(String name, String path) {
            this.name = name;
            this.path = path;
        }
    }

    /** One parse: the state of reading one message. */
    private static final class Run {
        private final XMLStreamReader r;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private MessageType type;
        private String definition;
        private String rootElement;
        private boolean inDocument;
        private boolean sawDocument;
        private String messageId;
        private String created;
        private int declared = -1;
        private final List<Party.Builder> headerParties = new ArrayList<>();
        private Scope group;
        private Scope paymentInfo;
        private Scope transaction;
        private Scope underlying;
        private final List<Transaction> transactions = new ArrayList<>();

        Run(XMLStreamReader r) {
            this.r = r;
        }

        PaymentMessage read() throws XMLStreamException, PaymentParseException {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new PaymentParseException(
                            "DTD not allowed in a payment message (possible XXE or entity expansion attack)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new PaymentParseException(
                            "entity reference '" + r.getLocalName() + "' not allowed in a payment message");
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!stack.isEmpty()) {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> { }
                }
            }
            if (!sawDocument) {
                throw new PaymentParseException("unknown message type: no ISO 20022 Document element found");
            }
            return new PaymentMessage(type, definition, messageId, created, declared, transactions);
        }

        private void start() throws PaymentParseException {
            String name = r.getLocalName();
            Frame parent = stack.peek();
            if (parent != null) {
                parent.hasChildren = true;
            }
            if (stack.size() >= MAX_DEPTH) {
                throw new PaymentParseException("elements nested deeper than " + MAX_DEPTH);
            }
            text.setLength(0);
            String path;
            if (parent == null || (!inDocument && (name.equals("Document") || name.equals("AppHdr")))) {
                path = name;
            } else {
                String seg = name;
                if (INDEXED.contains(name)) {
                    int n = parent.childCounts.merge(name, 1, Integer::sum);
                    seg = name + "[" + n + "]";
                }
                path = parent.path + "/" + seg;
            }
            Frame f = new Frame(name, path);
            if (name.equals("Document") && !inDocument) {
                openDocument();
                inDocument = true;
                f.document = true;
            } else if (name.equals("AppHdr") && !inDocument) {
                f.scope = new Scope(ScopeKind.HEADER, path, null);
            } else if (inDocument && parent != null && parent.name.equals("Document")) {
                checkRoot(name);
            }
            String ccy = r.getAttributeValue(null, "Ccy");
            if (ccy != null) {
                f.currency = ccy;
            }
            Scope scope = scope();
            if (inDocument) {
                switch (name) {
                    case "GrpHdr" -> f.scope = group = new Scope(ScopeKind.GROUP, path, null);
                    case "PmtInf" -> f.scope = paymentInfo = new Scope(ScopeKind.PAYMENT_INFO, path, null);
                    case "CdtTrfTxInf" -> f.scope = transaction = new Scope(ScopeKind.TRANSACTION, path, null);
                    case "UndrlygCstmrCdtTrf" -> f.scope = underlying =
                            new Scope(ScopeKind.UNDERLYING, path, transaction);
                    default -> { }
                }
            }
            if (f.scope == null && parent != null && currentParty() == null && scope != null) {
                boolean direct = parent.scope != null || parent.name.equals("SttlmInf");
                if (direct && scope.kind == ScopeKind.HEADER) {
                    if (name.equals("Fr")) {
                        f.party = scope.party(PartyRole.SENDER, path);
                    } else if (name.equals("To")) {
                        f.party = scope.party(PartyRole.RECEIVER, path);
                    }
                } else if (direct && ROLES.containsKey(name) && !name.startsWith("Invc")) {
                    f.party = scope.party(ROLES.get(name), path);
                } else if (direct && ACCOUNTS.containsKey(name)) {
                    PartyRole owner = ACCOUNTS.get(name);
                    f.party = scope.party(owner, scope.path + "/" + name.substring(0, name.length() - 4));
                    f.account = true;
                } else if (parent.name.startsWith("Strd") && name.startsWith("Invc") && ROLES.containsKey(name)) {
                    f.party = newParty(scope, ROLES.get(name), path);
                } else if (parent.name.startsWith("ChrgsInf") && name.equals("Agt")) {
                    f.party = newParty(scope, PartyRole.CHARGES_AGENT, path);
                }
            }
            stack.push(f);
        }

        private static Party.Builder newParty(Scope scope, PartyRole role, String path) {
            Party.Builder b = new Party.Builder(role, scope.kind == ScopeKind.UNDERLYING, path);
            scope.parties.add(b);
            return b;
        }

        private void openDocument() throws PaymentParseException {
            if (sawDocument) {
                throw new PaymentParseException("more than one Document in the message");
            }
            sawDocument = true;
            String ns = r.getNamespaceURI();
            if (ns == null || !ns.startsWith(NAMESPACE_PREFIX)) {
                throw new PaymentParseException("unknown message type: Document namespace '" + ns + "'");
            }
            definition = ns.substring(NAMESPACE_PREFIX.length());
            String[] parts = definition.split("\\.");
            int version = -1;
            if (parts.length == 4) {
                try {
                    version = Integer.parseInt(parts[3]);
                } catch (NumberFormatException ignored) {
                    // stays -1
                }
            }
            String family = parts.length == 4 ? parts[0] + "." + parts[1] + "." + parts[2] : definition;
            switch (family) {
                case "pacs.008.001" -> {
                    type = MessageType.PACS_008;
                    rootElement = "FIToFICstmrCdtTrf";
                    requireVersion(version, 8, 13);
                }
                case "pacs.009.001" -> {
                    type = MessageType.PACS_009;
                    rootElement = "FICdtTrf";
                    requireVersion(version, 8, 13);
                }
                case "pain.001.001" -> {
                    type = MessageType.PAIN_001;
                    rootElement = "CstmrCdtTrfInitn";
                    requireVersion(version, 3, 12);
                }
                default -> throw new PaymentParseException("unknown message type: " + definition
                        + " (supported: pacs.008.001.08-13, pacs.009.001.08-13, pain.001.001.03-12, MT103, MT202, MT202COV)");
            }
        }

        private void requireVersion(int version, int min, int max) throws PaymentParseException {
            if (version < min || version > max) {
                throw new PaymentParseException("unsupported message version: " + definition);
            }
        }

        private void checkRoot(String name) throws PaymentParseException {
            if (!name.equals(rootElement)) {
                throw new PaymentParseException("unknown message type: " + definition + " Document holds " + name
                        + ", expected " + rootElement);
            }
        }

        private Scope scope() {
            if (!inDocument) {
                for (Frame f : stack) {
                    if (f.scope != null) {
                        return f.scope;
                    }
                }
                return null;
            }
            if (underlying != null) {
                return underlying;
            }
            if (transaction != null) {
                return transaction;
            }
            if (paymentInfo != null) {
                return paymentInfo;
            }
            return group;
        }

        private Party.Builder currentParty() {
            for (Frame f : stack) {
                if (f.party != null) {
                    return f.party;
                }
            }
            return null;
        }

        private boolean inAccount() {
            for (Frame f : stack) {
                if (f.party != null) {
                    return f.account;
                }
            }
            return false;
        }

        private void end() throws PaymentParseException {
            Frame f = stack.pop();
            String value = f.hasChildren ? null : text.toString().strip();
            text.setLength(0);
            if (value != null && !value.isEmpty()) {
                leaf(f, value);
            }
            if (f.scope != null) {
                switch (f.scope.kind) {
                    case TRANSACTION -> {
                        finishTransaction();
                        transaction = null;
                    }
                    case UNDERLYING -> underlying = null;
                    case PAYMENT_INFO -> paymentInfo = null;
                    case HEADER -> {
                        headerParties.addAll(f.scope.parties);
                    }
                    default -> { }
                }
            }
            if (f.document) {
                inDocument = false;
            }
        }

        private void leaf(Frame f, String value) throws PaymentParseException {
            Frame parent = stack.peek();
            String parentName = parent == null ? "" : parent.name;
            Party.Builder party = currentParty();
            String name = f.name;
            if (party != null) {
                partyLeaf(party, f, parentName, value);
                return;
            }
            Scope scope = scope();
            if (scope == null || !inDocument) {
                return;
            }
            String context = name.equals("Ustrd") ? "Ustrd" : context();
            if (context != null) {
                switch (context) {
                    case "Ustrd" -> scope.texts.add(new FreeText(TextKind.REMITTANCE_UNSTRUCTURED, f.path, value));
                    case "Strd" -> scope.texts.add(new FreeText(TextKind.REMITTANCE_STRUCTURED, f.path, value));
                    case "RltdRmtInf" -> scope.texts.add(new FreeText(TextKind.RELATED_REMITTANCE, f.path, value));
                    case "Purp", "CtgyPurp" -> scope.texts.add(new FreeText(TextKind.PURPOSE, f.path, value));
                    case "RgltryRptg" -> scope.texts.add(name.equals("Ctry")
                            ? new FreeText(TextKind.COUNTRY, f.path, value.toUpperCase(java.util.Locale.ROOT))
                            : new FreeText(TextKind.REGULATORY_REPORTING, f.path, value));
                    case "InstrForNxtAgt", "InstrForCdtrAgt" -> scope.texts.add(
                            new FreeText(TextKind.INSTRUCTION, f.path, value));
                    default -> { }
                }
                return;
            }
            switch (name) {
                case "MsgId" -> {
                    if (parentName.equals("GrpHdr")) {
                        messageId = value;
                    }
                }
                case "CreDtTm" -> {
                    if (parentName.equals("GrpHdr")) {
                        created = value;
                    }
                }
                case "NbOfTxs" -> {
                    if (parentName.equals("GrpHdr")) {
                        try {
                            declared = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new PaymentParseException("GrpHdr/NbOfTxs is not a number: '" + value + "'");
                        }
                    }
                }
                case "InstrId" -> scope.instrId = value;
                case "EndToEndId" -> scope.endToEndId = value;
                case "TxId" -> scope.txId = value;
                case "UETR" -> scope.uetr = value;
                case "IntrBkSttlmAmt", "InstdAmt" -> {
                    if (scope.kind != ScopeKind.UNDERLYING && scope.amount == null) {
                        scope.amount = amount(f, value);
                        scope.currency = f.currency;
                    }
                }
                case "IntrBkSttlmDt" -> scope.date = date(f, value);
                case "Dt" -> {
                    if (parentName.equals("ReqdExctnDt")) {
                        scope.date = date(f, value);
                    }
                }
                case "DtTm" -> {
                    if (parentName.equals("ReqdExctnDt") && value.length() >= 10) {
                        scope.date = date(f, value.substring(0, 10));
                    }
                }
                case "ReqdExctnDt" -> scope.date = date(f, value);
                default -> { }
            }
        }

        /** The nearest ancestor that makes a leaf free text, or {@code null}. */
        private String context() {
            for (Frame a : stack) {
                String n = a.name;
                if (a.scope != null) {
                    return null;
                }
                switch (n) {
                    case "Ustrd", "Purp", "CtgyPurp", "RgltryRptg", "InstrForNxtAgt", "InstrForCdtrAgt",
                            "RltdRmtInf" -> {
                        return n;
                    }
                    default -> {
                        if (n.equals("Strd")) {
                            return n;
                        }
                    }
                }
            }
            return null;
        }

        private void partyLeaf(Party.Builder party, Frame f, String parentName, String value) {
            String name = f.name;
            boolean account = inAccount();
            if (ADDRESS_PARTS.contains(name)) {
                party.add(FieldKind.ADDRESS, f.path, value);
                return;
            }
            switch (name) {
                case "Nm" -> {
                    if (!parentName.equals("SchmeNm") && !parentName.equals("Tp")) {
                        party.add(FieldKind.NAME, f.path, value);
                    }
                }
                case "Ctry", "CtryOfRes", "CtryOfBirth" -> party.add(FieldKind.COUNTRY, f.path,
                        value.toUpperCase(java.util.Locale.ROOT));
                case "BICFI", "BIC", "AnyBIC", "BICOrBEI" -> party.add(FieldKind.BIC, f.path,
                        value.toUpperCase(java.util.Locale.ROOT));
                case "LEI" -> party.add(FieldKind.LEI, f.path, value);
                case "IBAN" -> party.add(FieldKind.ACCOUNT, f.path, value.replace(" ", "").toUpperCase(
                        java.util.Locale.ROOT));
                case "Id" -> {
                    if (parentName.startsWith("Othr") || parentName.equals("Prxy")) {
                        party.add(account || parentName.equals("Prxy") ? FieldKind.ACCOUNT : FieldKind.IDENTIFIER,
                                f.path, value);
                    }
                }
                case "MmbId", "TaxId", "RegnId" -> party.add(FieldKind.IDENTIFIER, f.path, value);
                case "BirthDt" -> party.add(FieldKind.BIRTH_DATE, f.path, value);
                default -> { }
            }
        }

        private static BigDecimal amount(Frame f, String value) throws PaymentParseException {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new PaymentParseException("bad amount '" + value + "' at " + f.path);
            }
        }

        private static LocalDate date(Frame f, String value) throws PaymentParseException {
            try {
                return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                throw new PaymentParseException("bad date '" + value + "' at " + f.path);
            }
        }

        private void finishTransaction() {
            Scope t = transaction;
            List<Party> parties = new ArrayList<>();
            for (Party.Builder b : headerParties) {
                parties.add(b.build());
            }
            for (Scope s : new Scope[] {group, paymentInfo, t}) {
                if (s != null) {
                    for (Party.Builder b : s.parties) {
                        parties.add(b.build());
                    }
                }
            }
            List<FreeText> texts = new ArrayList<>();
            if (paymentInfo != null) {
                texts.addAll(paymentInfo.texts);
            }
            texts.addAll(t.texts);
            LocalDate date = t.date != null ? t.date
                    : paymentInfo != null && paymentInfo.date != null ? paymentInfo.date
                    : group != null ? group.date : null;
            transactions.add(new Transaction(transactions.size() + 1, t.path, t.instrId, t.endToEndId, t.txId,
                    t.uetr, t.amount, t.currency, date, parties, texts));
        }
    }
}
