package dev.interdict.lists.un;

import com.ibm.icu.lang.UScript;
import dev.interdict.lists.ListFormat;
import dev.interdict.lists.ListFormatException;
import dev.interdict.lists.ListFormats;
import dev.interdict.lists.ListVersion;
import dev.interdict.lists.LoadReport;
import dev.interdict.model.Address;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Countries;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.PartialDate;
import dev.interdict.model.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list XML (root {@code CONSOLIDATED_LIST}, records
 * {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}) with StAX, DTDs and external entities disabled.
 * Individuals become PERSON entities, entities ORGANIZATION; the list key is {@code un-sc} and the source id the
 * REFERENCE_NUMBER (e.g. {@code QDi.001}). Problems name the element path, the record's reference and the line.
 */
public final class UnXmlReader {

    /** The list key. */
    public static final String LIST = "un-sc";

    /** Reads {@code path}: the XML file, or a folder holding one {@code consolidated.xml}. */
    public ListVersion read(Path path) throws IOException {
        Path file = Files.isDirectory(path) ? path.resolve("consolidated.xml") : path;
        String fileName = file.getFileName().toString();
        LoadReport.Builder report = LoadReport.builder();
        List<Entity> entities = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = ListFormats.safeXmlInputFactory().createXMLStreamReader(in);
            try {
                int depth = 0;
                String section = null;
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = r.getLocalName();
                        if (depth == 1 && !name.equals("CONSOLIDATED_LIST")) {
                            throw new ListFormatException(fileName + ": root element is " + name
                                    + ", expected CONSOLIDATED_LIST");
                        }
                        if (depth == 2) {
                            section = name;
                        } else if (depth == 3 && (name.equals("INDIVIDUAL") || name.equals("ENTITY"))) {
                            XmlNode record = XmlNode.read(r);
                            depth--;
                            Entity e = new RecordReader(fileName, "CONSOLIDATED_LIST/" + section, record, report).read();
                            if (e != null) {
                                entities.add(e);
                            }
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new ListFormatException(fileName + ": not well-formed XML: " + e.getMessage(), e);
        }
        List<Entity> unique = dedupe(entities, fileName, report);
        return ListVersion.of(LIST, ListFormat.UN_XML, path, unique, report.build(unique));
    }

    private static List<Entity> dedupe(List<Entity> entities, String file, LoadReport.Builder report) {
        Set<String> seen = new HashSet<>();
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            if (seen.add(e.id())) {
                out.add(e);
            } else {
                report.skip(file, 0, "REFERENCE_NUMBER " + e.sourceId(), "the reference occurs twice; the first record is kept");
            }
        }
        return out;
    }

    /** Maps one INDIVIDUAL or ENTITY record. */
    private static final class RecordReader {
        private final String file;
        private final XmlNode node;
        private final LoadReport.Builder report;
        private final String path;
        private String ref;

        RecordReader(String file, String parentPath, XmlNode node, LoadReport.Builder report) {
            this.file = file;
            this.node = node;
            this.report = report;
            this.path = parentPath + "/" + node.name;
        }

        Entity read() {
            ref = node.text("REFERENCE_NUMBER");
            if (ref == null) {
                report.skip(file, node.line, path + "[DATAID " + node.text("DATAID") + "]", "no REFERENCE_NUMBER");
                return null;
            }
            boolean person = node.name.equals("INDIVIDUAL");
            String primary = primaryName();
            if (primary == null) {
                report.skip(file, node.line, where(null), "no name in FIRST_NAME..FOURTH_NAME");
                return null;
            }
            Entity.Builder b = Entity.builder(LIST, ref).schema(person ? Schema.PERSON : Schema.ORGANIZATION);
            b.name(Name.primary(primary));
            String original = node.text("NAME_ORIGINAL_SCRIPT");
            if (original != null) {
                b.name(new Name(original, NameKind.STRONG_ALIAS, script(original)));
            }
            for (XmlNode alias : node.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
                alias(alias, b);
            }
            String gender = node.text("GENDER");
            if (gender != null) {
                String g = gender.toLowerCase(Locale.ROOT);
                if (g.equals("male") || g.equals("female")) {
                    b.gender(g);
                } else {
                    report.problem(file, node.line, where("GENDER"), "gender '" + gender + "' is neither Male nor Female");
                    b.property("gender", gender);
                }
            }
            b.program(node.text("UN_LIST_TYPE"));
            node.values("DESIGNATION").forEach(v -> b.property("designation", v));
            node.values("TITLE").forEach(v -> b.property("title", v));
            node.values("NATIONALITY").forEach(v -> b.nationality(Countries.codeOrText(v)));
            b.property("listedOn", node.text("LISTED_ON"));
            b.remarks(node.text("COMMENTS1"));
            for (XmlNode dob : node.all("INDIVIDUAL_DATE_OF_BIRTH")) {
                birthDate(dob, b);
            }
            for (XmlNode pob : node.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
                String place = joinComma(pob.text("CITY"), pob.text("STATE_PROVINCE"), pob.text("COUNTRY"));
                if (place != null) {
                    b.birthPlace(place);
                }
                b.property("birthPlaceNote", pob.text("NOTE"));
            }
            for (XmlNode doc : node.all("INDIVIDUAL_DOCUMENT")) {
                document(doc, b);
            }
            for (XmlNode addr : node.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
                Address a = new Address(addr.text("STREET"), addr.text("CITY"), addr.text("STATE_PROVINCE"),
                        addr.text("ZIP_CODE"), Countries.codeOrText(addr.text("COUNTRY")));
                if (!a.full().isEmpty()) {
                    b.address(a);
                }
                b.property("addressNote", addr.text("NOTE"));
            }
            return b.build();
        }

        private String primaryName() {
            return join(" ", node.text("FIRST_NAME"), node.text("SECOND_NAME"), node.text("THIRD_NAME"),
                    node.text("FOURTH_NAME"));
        }

        private void alias(XmlNode alias, Entity.Builder b) {
            String name = alias.text("ALIAS_NAME");
            if (name == null) {
                return;
            }
            String quality = alias.text("QUALITY");
            String q = quality == null ? "" : quality.toLowerCase(Locale.ROOT);
            NameKind kind = switch (q) {
                case "good", "a.k.a.", "" -> NameKind.STRONG_ALIAS;
                case "low" -> NameKind.WEAK_ALIAS;
                case "f.k.a." -> NameKind.FORMER;
                default -> {
                    report.problem(file, alias.line, where(alias.name + "/QUALITY"), "alias quality '" + quality
                            + "' is none of Good, Low, a.k.a., f.k.a.: read as a strong alias");
                    yield NameKind.STRONG_ALIAS;
                }
            };
            b.name(new Name(name, kind, script(name)));
            String note = alias.text("NOTE");
            if (note != null) {
                b.property("aliasNote", name + ": " + note);
            }
        }

        private void birthDate(XmlNode dob, Entity.Builder b) {
            String type = dob.text("TYPE_OF_DATE");
            String date = dob.text("DATE");
            String year = dob.text("YEAR");
            String from = dob.text("FROM_YEAR");
            String to = dob.text("TO_YEAR");
            if (type == null && date == null && year == null && from == null) {
                return;
            }
            try {
                BirthDate d;
                if ("BETWEEN".equals(type) || (from != null && to != null)) {
                    if (from == null || to == null) {
                        throw new IllegalArgumentException("BETWEEN needs FROM_YEAR and TO_YEAR");
                    }
                    d = new BirthDate(PartialDate.parse(from), PartialDate.parse(to), false);
                } else {
                    String value = date != null ? date : year;
                    if (value == null) {
                        throw new IllegalArgumentException("TYPE_OF_DATE " + type + " without DATE or YEAR");
                    }
                    d = new BirthDate(PartialDate.parse(value.length() > 10 ? value.substring(0, 10) : value), null,
                            "APPROXIMATELY".equals(type));
                }
                b.birthDate(d);
            } catch (IllegalArgumentException e) {
                report.problem(file, dob.line, where(dob.name), "bad date of birth: " + e.getMessage());
                b.property("birthDateUnparsed", join(" ", type, date, year, from, to));
            }
        }

        private void document(XmlNode doc, Entity.Builder b) {
            String type = join(" / ", doc.text("TYPE_OF_DOCUMENT"), doc.text("TYPE_OF_DOCUMENT2"));
            String number = doc.text("NUMBER");
            String note = join("; ", doc.text("DATE_OF_ISSUE") == null ? null : "issued " + doc.text("DATE_OF_ISSUE"),
                    doc.text("CITY_OF_ISSUE"), doc.text("NOTE"));
            if (number == null) {
                if (type != null || note != null) {
                    b.property("documentNote", join(": ", type, note));
                }
                return;
            }
            String countryText = doc.text("ISSUING_COUNTRY") != null ? doc.text("ISSUING_COUNTRY")
                    : doc.text("COUNTRY_OF_ISSUE");
            b.identifier(new Identifier(type == null ? "Document" : type, number, Countries.codeOrText(countryText),
                    note));
        }

        private String where(String child) {
            return path + "[" + ref + "]" + (child == null ? "" : "/" + child);
        }
    }

    /** The ISO 15924 code of the first letter's script when it is not Latin, else {@code null}. */
    static String script(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                int s = UScript.getScript(cp);
                return s == UScript.LATIN || s == UScript.COMMON || s == UScript.INHERITED ? null
                        : UScript.getShortName(s);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String joinComma(String... parts) {
        return join(", ", parts);
    }

    private static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(sep);
                }
                b.append(p.strip());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
