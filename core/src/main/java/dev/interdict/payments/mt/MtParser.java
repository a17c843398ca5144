package dev.interdict.payments.mt;

import dev.interdict.payments.FieldKind;
import dev.interdict.payments.FreeText;
import dev.interdict.payments.MessageType;
import dev.interdict.payments.Party;
import dev.interdict.payments.PartyRole;
import dev.interdict.payments.PaymentMessage;
import dev.interdict.payments.PaymentParseException;
import dev.interdict.payments.TextKind;
import dev.interdict.payments.Transaction;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SWIFT MT103, MT202 and MT202COV (FIN blocks {@code {1:}{2:}{3:}{4:...-}{5:}}) into the same
 * {@link PaymentMessage} as the ISO 20022 parser. Field paths look like {@code MT103/4/50K} and, for the underlying
 * customer credit transfer of an MT202COV, {@code MT202COV/4/B/59}. Block 1 gives the sender, block 2 the receiver
 * (input messages) or the sender (output messages), block 3 field 121 the UETR and field 119 {@code COV} the cover
 * variant. Stateless and thread-safe.
 */
public final class MtParser {

    private static final Pattern TAG = Pattern.compile("^:([0-9]{2}[A-Z]?):(.*)$");
    private static final Pattern F32A = Pattern.compile("^(\\d{6})([A-Z]{3})([0-9]+,?[0-9]*)$");

    /** Parses one FIN message. */
    public PaymentMessage parse(String message) throws PaymentParseException {
        Map<String, String> blocks = blocks(message);
        for (String required : new String[] {"1", "2", "4"}) {
            if (!blocks.containsKey(required)) {
                throw new PaymentParseException("MT message lacks block {" + required + ":}");
            }
        }
        String b1 = blocks.get("1");
        String b2 = blocks.get("2");
        if (b1.length() < 15) {
            throw new PaymentParseException("MT block 1 too short: '" + b1 + "'");
        }
        if (b2.length() < 4 || (b2.charAt(0) != 'I' && b2.charAt(0) != 'O')) {
            throw new PaymentParseException("MT block 2 is not an input or output header: '" + b2 + "'");
        }
        Map<String, String> b3 = tags(blocks.getOrDefault("3", ""));
        String mt = b2.substring(1, 4);
        MessageType type = switch (mt) {
            case "103" -> MessageType.MT103;
            case "202" -> "COV".equals(b3.get("119")) ? MessageType.MT202COV : MessageType.MT202;
            default -> throw new PaymentParseException("unknown message type: MT" + mt
                    + " (supported: MT103, MT202, MT202COV)");
        };
        String def = type.name();
        List<Party.Builder> parties = new ArrayList<>();
        String senderLt;
        String receiverLt;
        if (b2.charAt(0) == 'I') {
            senderLt = b1.substring(3, 15);
            receiverLt = b2.length() >= 16 ? b2.substring(4, 16) : null;
        } else {
            senderLt = b2.length() >= 26 ? b2.substring(14, 26) : null;
            receiverLt = b1.substring(3, 15);
        }
        if (senderLt != null) {
            parties.add(new Party.Builder(PartyRole.SENDER, false, def + "/1").add(FieldKind.BIC,
                    def + (b2.charAt(0) == 'I' ? "/1" : "/2"), bicOf(senderLt)));
        }
        if (receiverLt != null) {
            parties.add(new Party.Builder(PartyRole.RECEIVER, false, def + "/2").add(FieldKind.BIC,
                    def + (b2.charAt(0) == 'I' ? "/2" : "/1"), bicOf(receiverLt)));
        }
        List<FreeText> texts = new ArrayList<>();
        String ref = null;
        String related = null;
        BigDecimal amount = null;
        String currency = null;
        LocalDate date = null;
        boolean seqB = false;
        for (String[] field : fields(blocks.get("4"))) {
            String tag = field[0];
            String value = field[1];
            String num = tag.substring(0, 2);
            char option = tag.length() > 2 ? tag.charAt(2) : ' ';
            if (type != MessageType.MT103 && num.equals("50")) {
                seqB = true;
            }
            String path = def + "/4/" + (seqB ? "B/" : "") + tag;
            switch (num) {
                case "20" -> ref = value.strip();
                case "21" -> related = value.strip();
                case "32" -> {
                    if (option == 'A') {
                        Matcher m = F32A.matcher(value.strip());
                        if (!m.matches()) {
                            throw new PaymentParseException("bad field 32A '" + value.strip() + "' at " + path);
                        }
                        date = date(m.group(1), path);
                        currency = m.group(2);
                        amount = amount(m.group(3), path);
                    }
                }
                case "70" -> texts.add(new FreeText(TextKind.REMITTANCE_UNSTRUCTURED, path, oneLine(value)));
                case "72" -> texts.add(new FreeText(TextKind.SENDER_TO_RECEIVER, path, oneLine(value)));
                case "77" -> texts.add(new FreeText(TextKind.REGULATORY_REPORTING, path, oneLine(value)));
                case "26" -> texts.add(new FreeText(TextKind.PURPOSE, path, value.strip()));
                case "23" -> {
                    if (option == 'E') {
                        texts.add(new FreeText(TextKind.INSTRUCTION, path, oneLine(value)));
                    }
                }
                default -> {
                    PartyRole role = role(num, type, seqB);
                    if (role != null) {
                        parties.add(party(role, seqB, path, option, value));
                    }
                }
            }
        }
        if (ref == null) {
            throw new PaymentParseException("missing mandatory field :20: (sender's reference) in " + def);
        }
        List<Party> built = new ArrayList<>();
        for (Party.Builder b : parties) {
            built.add(b.build());
        }
        String uetr = b3.get("121");
        Transaction tx = new Transaction(1, def + "/4", ref, type == MessageType.MT103 ? null : related, null,
                uetr, amount, currency, date, built, texts);
        return new PaymentMessage(type, def, ref, null, 1, List.of(tx));
    }

    private static PartyRole role(String num, MessageType type, boolean seqB) {
        return switch (num) {
            case "50" -> PartyRole.DEBTOR;
            case "59" -> PartyRole.CREDITOR;
            case "52" -> type == MessageType.MT103 || seqB ? PartyRole.DEBTOR_AGENT : PartyRole.DEBTOR;
            case "53" -> PartyRole.INSTRUCTING_REIMBURSEMENT_AGENT;
            case "54" -> PartyRole.INSTRUCTED_REIMBURSEMENT_AGENT;
            case "55" -> PartyRole.THIRD_REIMBURSEMENT_AGENT;
            case "56" -> PartyRole.INTERMEDIARY_AGENT_1;
            case "57" -> PartyRole.CREDITOR_AGENT;
            case "58" -> PartyRole.CREDITOR;
            default -> null;
        };
    }

    /** Reads a party field in option A (BIC), B (location), C (account), D/K/no letter (name and address), F. */
    static Party.Builder party(PartyRole role, boolean underlying, String path, char option, String value) {
        Party.Builder p = new Party.Builder(role, underlying, path);
        List<String> lines = new ArrayList<>(List.of(value.strip().split("\n")));
        lines.replaceAll(String::strip);
        lines.removeIf(String::isEmpty);
        if (lines.isEmpty()) {
            return p;
        }
        if (option == 'F') {
            String first = lines.remove(0);
            if (first.startsWith("/")) {
                p.add(FieldKind.ACCOUNT, path, first.substring(1));
            } else {
                String[] parts = first.split("/", 3);
                if (parts.length == 3) {
                    p.add(FieldKind.COUNTRY, path, parts[1]);
                    p.add(FieldKind.IDENTIFIER, path, parts[2]);
                } else {
                    p.add(FieldKind.IDENTIFIER, path, first);
                }
            }
            StringBuilder name = new StringBuilder();
            for (String line : lines) {
                if (line.length() < 2 || line.charAt(1) != '/') {
                    p.add(FieldKind.ADDRESS, path, line);
                    continue;
                }
                String rest = line.substring(2);
                switch (line.charAt(0)) {
                    case '1' -> name.append(name.length() > 0 ? " " : "").append(rest);
                    case '2', '8' -> p.add(FieldKind.ADDRESS, path, rest);
                    case '3', '5' -> {
                        String[] cc = rest.split("/", 2);
                        p.add(FieldKind.COUNTRY, path, cc[0]);
                        if (cc.length > 1) {
                            p.add(FieldKind.ADDRESS, path, cc[1]);
                        }
                    }
                    case '4' -> p.add(FieldKind.BIRTH_DATE, path, rest);
                    case '6', '7' -> {
                        String[] cc = rest.split("/", 2);
                        p.add(FieldKind.COUNTRY, path, cc[0]);
                        if (cc.length > 1) {
                            p.add(FieldKind.IDENTIFIER, path, cc[1].substring(cc[1].lastIndexOf('/') + 1));
                        }
                    }
                    default -> p.add(FieldKind.ADDRESS, path, rest);
                }
            }
            if (name.length() > 0) {
                p.add(FieldKind.NAME, path, name.toString());
            }
            return p;
        }
        if (lines.get(0).startsWith("/")) {
            String acct = lines.remove(0);
            acct = acct.startsWith("/D/") || acct.startsWith("/C/") ? acct.substring(3)
                    : acct.startsWith("//") ? acct.substring(2) : acct.substring(1);
            p.add(FieldKind.ACCOUNT, path, acct);
        }
        if (lines.isEmpty()) {
            return p;
        }
        switch (option) {
            case 'A' -> p.add(FieldKind.BIC, path, lines.get(0).toUpperCase(Locale.ROOT));
            case 'B' -> lines.forEach(l -> p.add(FieldKind.ADDRESS, path, l));
            case 'C' -> p.add(FieldKind.ACCOUNT, path, lines.get(0));
            default -> {
                p.add(FieldKind.NAME, path, lines.get(0));
                for (int i = 1; i < lines.size(); i++) {
                    p.add(FieldKind.ADDRESS, path, lines.get(i));
                }
            }
        }
        return p;
    }

    private static String bicOf(String lt) {
        return (lt.substring(0, 8) + lt.substring(9, 12)).toUpperCase(Locale.ROOT);
    }

    private static String oneLine(String v) {
        return v.strip().replaceAll("\\s*\n\\s*", " ");
    }

    private static LocalDate date(String yymmdd, String path) throws PaymentParseException {
        try {
            return LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new PaymentParseException("bad date '" + yymmdd + "' at " + path);
        }
    }

    private static BigDecimal amount(String v, String path) throws PaymentParseException {
        String s = v.replace(',', '.');
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new PaymentParseException("bad amount '" + v + "' at " + path);
        }
    }

    /** Splits the message into its top-level blocks; fails on a truncated block. */
    static Map<String, String> blocks(String message) throws PaymentParseException {
        Map<String, String> out = new LinkedHashMap<>();
        String s = message.replace("\r\n", "\n").replace('\r', '\n');
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c != '{') {
                throw new PaymentParseException("malformed MT message: expected '{' at offset " + i + ", found '"
                        + c + "'");
            }
            int colon = s.indexOf(':', i);
            if (colon < 0 || colon - i > 4) {
                throw new PaymentParseException("truncated MT message: block header at offset " + i);
            }
            String id = s.substring(i + 1, colon);
            if (out.containsKey(id)) {
                throw new PaymentParseException("malformed MT message: block {" + id + ":} appears twice");
            }
            int end;
            if (id.equals("4")) {
                end = s.indexOf("\n-}", colon);
                if (end < 0) {
                    throw new PaymentParseException("truncated MT message: block {4:} has no end marker '-}'");
                }
                out.put(id, s.substring(colon + 1, end + 1));
                i = end + 3;
                continue;
            }
            int depth = 0;
            end = -1;
            for (int j = i; j < n; j++) {
                char d = s.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                    if (depth == 0) {
                        end = j;
                        break;
                    }
                }
            }
            if (end < 0) {
                throw new PaymentParseException("truncated MT message: block {" + id + ":} is not closed");
            }
            out.put(id, s.substring(colon + 1, end));
            i = end + 1;
        }
        return out;
    }

    /** The {@code {tag:value}} pairs of block 3 or 5. */
    static Map<String, String> tags(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\{([0-9A-Z]{3}):([^}]*)}").matcher(block);
        while (m.find()) {
            out.put(m.group(1), m.group(2).strip());
        }
        return out;
    }

    /** The fields of block 4 as (tag, value) pairs, continuation lines joined with newlines. */
    static List<String[]> fields(String block4) throws PaymentParseException {
        List<String[]> out = new ArrayList<>();
        String[] current = null;
        for (String line : block4.split("\n")) {
            Matcher m = TAG.matcher(line);
            if (m.matches()) {
                current = new String[] {m.group(1), m.group(2)};
                out.add(current);
            } else if (current != null) {
                current[1] = current[1] + "\n" + line;
            } else if (!line.isBlank()) {
                throw new PaymentParseException("malformed MT block 4: text before the first field: '"
                        + line.strip() + "'");
            }
        }
        return out;
    }
}
