package dev.interdict.lists.ofac;

import dev.interdict.model.Countries;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses OFAC's Remarks field, a {@code ;}-separated list of statements, into an {@link Entity.Builder}: dates and
 * places of birth, nationality and citizenship, gender, identifiers (with the issuing country from the trailing
 * parenthesis), e-mail, website, phone, digital currency addresses (the type keeps the currency), quoted weak
 * a.k.a.s, "Linked To:" relationships (unresolved: the reader resolves targets) and labelled statements
 * ("Organization Type:", "Target Type", ...) as properties. A statement nothing matches is kept in the property
 * {@link #OTHER}; a statement that matches but cannot be read (a bad date) is reported and also kept there.
 */
public final class RemarksParser {

    /** Property holding statements no rule recognised, verbatim. */
    public static final String OTHER = "remark";
    /** Relationship type of "Linked To:". */
    public static final String LINKED_TO = "linked_to";

    /** Identifier types as OFAC writes them, longest first so "Passport" does not shadow "Passport Booklet:". */
    static final List<String> ID_TYPES = sortLongestFirst(List.of(
            "Passport", "Diplomatic Passport", "National ID No.", "Cedula No.", "NIT #", "Tax ID No.", "R.F.C.",
            "R.F.C. #", "RFC", "C.U.R.P.", "C.U.R.P. #", "Registration ID", "Registration Number", "Legal Entity Number",
            "SWIFT/BIC", "Vessel Registration Identification", "Identification Number", "RUC #", "Company Number",
            "Folio Mercantil No.", "Matricula Mercantil No", "Business Registration Number",
            "Business Registration Document #", "V.A.T. Number", "D-U-N-S Number", "C.R. No.", "Trade License No.",
            "Commercial Registry Number", "Government Gazette Number", "Unified Social Credit Code (USCC)",
            "United Social Credit Code Certificate (USCCC)", "SSN", "Driver's License No.", "Personal ID Card",
            "Residency Number", "Birth Certificate Number", "Kenyan ID No.", "Citizen's Card Number",
            "Chinese Commercial Code", "Aircraft Tail Number", "Aircraft Manufacturer's Serial Number (MSN)",
            "Aircraft Construction Number (also called L/N or S/N or F/N)", "MMSI", "Electoral Registry No.",
            "Certificate of Incorporation Number", "Numero de Identidad", "Credencial electoral", "D.N.I.", "ISIN",
            "Equity Ticker", "RIF #", "Italian Fiscal Code", "Italian Fiscal Code:", "Public Registration Number",
            "Cartilla de Servicio Militar Nacional", "US FEIN", "BIK (RU)", "National Foreign ID Number",
            "UK Company Number", "I.F.E.", "Chamber of Commerce Number", "RTN", "Registered Charity No.",
            "LE Number", "C.U.I.P.", "Branch Unit Number", "C.U.I.T.", "C.U.I.", "C.I.F.", "Travel Document Number",
            "Dubai Chamber of Commerce Membership No.", "Passport Booklet:", "VisaNumberID",
            "Turkish Identification Number", "Turkish Identificiation Number", "Enterprise Number",
            "Tazkira National ID Card", "Business Number", "File Number", "Stateless Person ID Card",
            "Refugee ID Card", "Immigration No.", "Public Security and Immigration No.", "License",
            "Economic Register Number (CBLS)", "Serial No.", "Identity Number", "NIE"));

    /** Labelled statements kept as properties: label as written → property key. */
    static final List<Map.Entry<String, String>> LABELS = sortKeysLongestFirst(Map.ofEntries(
            Map.entry("Organization Type:", "organizationType"),
            Map.entry("Target Type", "targetType"),
            Map.entry("Secondary sanctions risk:", "secondarySanctionsRisk"),
            Map.entry("Additional Sanctions Information -", "additionalSanctionsInformation"),
            Map.entry("Organization Established Date", "organizationEstablishedDate"),
            Map.entry("Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:",
                    "transactionsProhibited"),
            Map.entry("Aircraft Model", "aircraftModel"),
            Map.entry("Aircraft Manufacture Date", "aircraftManufactureDate"),
            Map.entry("Aircraft Operator", "aircraftOperator"),
            Map.entry("Former Vessel Flag", "formerVesselFlag"),
            Map.entry("Other Vessel Flag", "otherVesselFlag"),
            Map.entry("Other Vessel Type", "otherVesselType"),
            Map.entry("Nationality of Registration", "nationalityOfRegistration"),
            Map.entry("Fax", "fax"), Map.entry("Fax:", "fax"), Map.entry("Fax No.", "fax"),
            Map.entry("Alt. Fax:", "fax"),
            Map.entry("CAATSA Section", "caatsaSection")));

    private static final Pattern WEAK_AKA = Pattern.compile("(?i)a\\.k\\.a\\.?\\s*['\u2018\u2019\"]?(.*?)['\u2018\u2019\"]?");
    private static final Pattern FKA = Pattern.compile("(?i)f\\.k\\.a\\.?\\s*['\u2018\u2019\"]?(.*?)['\u2018\u2019\"]?");
    private static final Pattern DIGITAL = Pattern.compile("(Digital Currency Address - [A-Za-z0-9]+)\\s+(\\S+)(.*)");
    private static final Pattern TRAILING_PAREN = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*(.*)$");

    private RemarksParser() {
    }

    /** Splits the remarks into statements: on {@code ;}, with the final period removed. */
    public static List<String> statements(String remarks) {
        String r = remarks.strip();
        if (r.endsWith(".")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String s : r.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /**
     * Parses {@code remarks} into {@code b}. Statements that match a rule but cannot be read are passed to
     * {@code problems} (and kept verbatim in {@link #OTHER}).
     */
    public static void parse(String remarks, Entity.Builder b, Consumer<String> problems) {
        if (remarks == null || remarks.isBlank()) {
            return;
        }
        for (String statement : statements(remarks)) {
            try {
                if (!parseStatement(statement, b)) {
                    b.property(OTHER, statement);
                }
            } catch (IllegalArgumentException e) {
                problems.accept("remark '" + statement + "': " + e.getMessage());
                b.property(OTHER, statement);
            }
        }
    }

    /** Reads one statement into {@code b}; false when no rule knows it. */
    static boolean parseStatement(String statement, Entity.Builder b) {
        String s = statement.startsWith("alt. ") ? statement.substring(5).strip() : statement;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("dob ")) {
            b.birthDate(OfacDates.parseBirthDate(s.substring(4)));
            return true;
        }
        if (lower.startsWith("pob ")) {
            b.birthPlace(s.substring(4).strip());
            return true;
        }
        if (lower.startsWith("nationality ")) {
            b.nationality(Countries.codeOrText(s.substring(12)));
            return true;
        }
        String rest;
        if ((rest = after(s, "citizenship ")) != null || (rest = after(s, "citizen ")) != null) {
            b.citizenship(Countries.codeOrText(rest));
            return true;
        }
        if ((rest = after(s, "Gender ")) != null) {
            String g = rest.toLowerCase(Locale.ROOT);
            if (!g.equals("male") && !g.equals("female")) {
                throw new IllegalArgumentException("gender must be Male or Female");
            }
            b.gender(g);
            return true;
        }
        if ((rest = after(s, "Linked To:")) != null) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("Linked To: names no target");
            }
            b.relationship(new Relationship(LINKED_TO, null, rest));
            return true;
        }
        Matcher m;
        if (lower.startsWith("a.k.a") && (m = WEAK_AKA.matcher(s)).matches() && !m.group(1).isBlank()) {
            b.name(new Name(m.group(1), NameKind.WEAK_ALIAS));
            return true;
        }
        if (lower.startsWith("f.k.a") && (m = FKA.matcher(s)).matches() && !m.group(1).isBlank()) {
            b.name(new Name(m.group(1), NameKind.FORMER));
            return true;
        }
        if ((rest = after(s, "Email Address")) != null && !rest.isEmpty()) {
            b.email(rest);
            return true;
        }
        if ((rest = after(s, "Website")) != null && !rest.isEmpty()) {
            b.website(rest);
            return true;
        }
        if (((rest = after(s, "Phone Number")) != null || (rest = after(s, "Telephone No.")) != null
                || (rest = after(s, "Telephone:")) != null || (rest = after(s, "Telephone")) != null
                || (rest = after(s, "PHONE")) != null) && !rest.isEmpty()) {
            b.phone(rest);
            return true;
        }
        if ((m = DIGITAL.matcher(s)).matches()) {
            String note = m.group(3).strip();
            b.identifier(new Identifier(m.group(1), m.group(2), null, note.isEmpty() ? null : note));
            return true;
        }
        for (Map.Entry<String, String> label : LABELS) {
            if ((rest = after(s, label.getKey())) != null && !rest.isEmpty()) {
                b.property(label.getValue(), rest);
                return true;
            }
        }
        for (String type : ID_TYPES) {
            if ((rest = after(s, type)) != null && !rest.isEmpty()) {
                b.identifier(identifier(type, rest));
                return true;
            }
        }
        return false;
    }

    /**
     * An identifier from its type and the text after it: {@code AL720622 (Colombia)},
     * {@code 181301-1 Cali (Colombia)}, {@code IMO 9187629}. A trailing parenthesis naming a country gives the
     * country; words after the value ({@code Cali}, {@code issued ...}) and after the parenthesis go to the note.
     */
    static Identifier identifier(String type, String text) {
        String value = text.strip();
        String country = null;
        List<String> notes = new ArrayList<>();
        Matcher m = TRAILING_PAREN.matcher(value);
        if (m.matches()) {
            String code = Countries.code(m.group(2));
            if (code != null) {
                country = code;
                value = m.group(1).strip();
                if (!m.group(3).isBlank()) {
                    notes.add(m.group(3).strip());
                }
            }
        }
        if (type.equals("Vessel Registration Identification") || value.startsWith("IMO ")) {
            // "IMO 9187629": the value is the whole text, it is how OFAC and FtM both write it
        } else {
            int space = value.indexOf(' ');
            if (space > 0 && value.substring(0, space).chars().anyMatch(Character::isDigit)
                    && Character.isLetter(value.charAt(space + 1))) {
                notes.add(0, value.substring(space + 1).strip());
                value = value.substring(0, space);
            }
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(type + " has no value");
        }
        return new Identifier(type, value, country, notes.isEmpty() ? null : String.join("; ", notes));
    }

    /** The text after {@code prefix} (which must end at a word boundary), stripped; null when it does not start so. */
    private static String after(String s, String prefix) {
        if (!s.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        if (s.length() > prefix.length() && Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1))
                && Character.isLetterOrDigit(s.charAt(prefix.length()))) {
            return null;
        }
        return s.substring(prefix.length()).strip();
    }

    private static List<Map.Entry<String, String>> sortKeysLongestFirst(Map<String, String> labels) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>(labels.entrySet());
        sorted.sort((x, y) -> Integer.compare(y.getKey().length(), x.getKey().length()));
        return List.copyOf(sorted);
    }

    private static List<String> sortLongestFirst(List<String> types) {
        List<String> sorted = new ArrayList<>(types);
        sorted.sort((x, y) -> Integer.compare(y.length(), x.length()));
        return List.copyOf(sorted);
    }
}
