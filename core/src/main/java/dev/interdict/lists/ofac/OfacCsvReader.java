package dev.interdict.lists.ofac;

import dev.interdict.io.CsvParser;
import dev.interdict.lists.EntityMerger;
import dev.interdict.lists.ListFormat;
import dev.interdict.lists.ListVersion;
import dev.interdict.lists.LoadReport;
import dev.interdict.model.Address;
import dev.interdict.model.Countries;
import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an OFAC legacy CSV set: the primary file ({@code sdn.csv} or {@code cons_prim.csv}: ent_num, name, type,
 * programs, title, call sign, vessel type, tonnage, GRT, vessel flag, vessel owner, remarks), aliases
 * ({@code alt.csv}), addresses ({@code add.csv}) and remark continuations ({@code sdn_comments.csv}). No header;
 * {@code -0-} means empty. Remarks cut at the end of the primary file's field continue in the comments file and
 * are joined before parsing ({@link RemarksParser}). "Linked To:" targets are resolved to the entity of that
 * primary or alias name in the same list when exactly one has it.
 *
 * <p>Without a primary file the set still loads, with one problem saying so: each ent_num of the alias file
 * becomes an entity named by its first alias (marked {@link EntityMerger#DERIVED_PRIMARY}, schema from
 * {@link OfacSchemas#fromAliases} over all its aliases), with its addresses and comments.
 */
public final class OfacCsvReader {

    /** Columns of the primary file. */
    public static final int PRIMARY_COLUMNS = 12;

    private final String list;
    private final ListFormat format;
    private final String primFile;
    private final String altFile;
    private final String addFile;
    private final String commentsFile;

    private OfacCsvReader(String list, ListFormat format, String prefix, String primFile) {
        this.list = list;
        this.format = format;
        this.primFile = primFile;
        this.altFile = prefix + "alt.csv";
        this.addFile = prefix + "add.csv";
        this.commentsFile = prefix.isEmpty() ? "sdn_comments.csv" : prefix + "comments.csv";
    }

    /** The SDN set ({@code sdn.csv}, ...), list key {@code ofac-sdn}. */
    public static OfacCsvReader sdn() {
        return new OfacCsvReader("ofac-sdn", ListFormat.OFAC_SDN_CSV, "", "sdn.csv");
    }

    /** The consolidated non-SDN set ({@code cons_prim.csv}, ...), list key {@code ofac-cons}. */
    public static OfacCsvReader consolidated() {
        return new OfacCsvReader("ofac-cons", ListFormat.OFAC_CONSOLIDATED_CSV, "cons_", "cons_prim.csv");
    }

    /** The list key entities get. */
    public String list() {
        return list;
    }

    /** Reads the set in {@code folder}. */
    public ListVersion read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a folder holding an OFAC CSV set");
        }
        LoadReport.Builder report = LoadReport.builder();
        Path prim = folder.resolve(primFile);
        boolean hasPrim = Files.exists(prim);
        if (!hasPrim && !Files.exists(folder.resolve(altFile))) {
            throw new NoSuchFileException(prim.toString(), null, "neither " + primFile + " nor " + altFile + " found");
        }
        Map<String, PrimaryRow> primary = new LinkedHashMap<>();
        if (hasPrim) {
            readPrimary(prim, report, primary);
        } else {
            report.problem(primFile, 0, null, primFile + " missing: entities built from aliases only");
        }
        Map<String, List<CsvParser.Row>> alts = readChildren(folder.resolve(altFile), 5, report,
                hasPrim ? primary : null);
        Map<String, List<CsvParser.Row>> adds = readChildren(folder.resolve(addFile), 6, report,
                hasPrim ? primary : null);
        Map<String, List<CsvParser.Row>> comments = readChildren(folder.resolve(commentsFile), 2, report,
                hasPrim ? primary : null);

        List<Entity.Builder> builders = new ArrayList<>();
        if (hasPrim) {
            for (PrimaryRow row : primary.values()) {
                builders.add(fromPrimary(row, comments.get(row.entNum), report));
            }
        } else {
            for (Map.Entry<String, List<CsvParser.Row>> e : alts.entrySet()) {
                builders.add(fromAliases(e.getKey(), e.getValue(), comments.get(e.getKey()), report));
            }
            skipUnnamed(adds, alts, addFile, report);
            skipUnnamed(comments, alts, commentsFile, report);
        }
        for (Entity.Builder b : builders) {
            String entNum = b.build().sourceId();
            addAliases(b, alts.getOrDefault(entNum, List.of()), !hasPrim);
            addAddresses(b, adds.getOrDefault(entNum, List.of()));
        }
        List<Entity> entities = LinkResolver.resolve(builders.stream().map(Entity.Builder::build).toList());
        return ListVersion.of(list, format, folder, entities, report.build(entities));
    }

    private record PrimaryRow(String entNum, long line, List<String> fields) {
    }

    private void readPrimary(Path file, LoadReport.Builder report, Map<String, PrimaryRow> out) throws IOException {
        String name = file.getFileName().toString();
        CsvParser.parse(decode(file, report), row -> {
            if (row.problem() != null) {
                report.skip(name, row.line(), null, row.problem());
            } else if (row.fields().size() != PRIMARY_COLUMNS) {
                report.skip(name, row.line(), null, "expected " + PRIMARY_COLUMNS + " columns, found "
                        + row.fields().size());
            } else {
                String entNum = value(row.fields().get(0));
                String primaryName = value(row.fields().get(1));
                if (entNum == null || !entNum.chars().allMatch(Character::isDigit)) {
                    report.skip(name, row.line(), null, "ent_num '" + row.fields().get(0) + "' is not a number");
                } else if (primaryName == null) {
                    report.skip(name, row.line(), null, "ent_num " + entNum + " has no name");
                } else if (out.containsKey(entNum)) {
                    report.skip(name, row.line(), null, "ent_num " + entNum + " repeats the row on line "
                            + out.get(entNum).line());
                } else {
                    out.put(entNum, new PrimaryRow(entNum, row.line(), row.fields()));
                }
            }
        });
    }

    /** Rows of a child file by ent_num; rows whose ent_num is not in {@code known} (when given) are skipped. */
    private Map<String, List<CsvParser.Row>> readChildren(Path file, int columns, LoadReport.Builder report,
            Map<String, PrimaryRow> known) throws IOException {
        Map<String, List<CsvParser.Row>> out = new LinkedHashMap<>();
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            report.problem(name, 0, null, name + " missing: read without it");
            return out;
        }
        CsvParser.parse(decode(file, report), row -> {
            String entNum = row.fields().isEmpty() ? null : value(row.fields().get(0));
            if (row.problem() != null) {
                report.skip(name, row.line(), null, row.problem());
            } else if (row.fields().size() != columns) {
                report.skip(name, row.line(), null, "expected " + columns + " columns, found " + row.fields().size());
            } else if (entNum == null || !entNum.chars().allMatch(Character::isDigit)) {
                report.skip(name, row.line(), null, "ent_num '" + row.fields().get(0) + "' is not a number");
            } else if (known != null && !known.containsKey(entNum)) {
                report.skip(name, row.line(), null, "ent_num " + entNum + " is not in " + primFile);
            } else {
                out.computeIfAbsent(entNum, k -> new ArrayList<>()).add(row);
            }
        });
        return out;
    }

    private Entity.Builder fromPrimary(PrimaryRow row, List<CsvParser.Row> comments, LoadReport.Builder report) {
        List<String> f = row.fields();
        Entity.Builder b = Entity.builder(list, row.entNum());
        b.name(Name.primary(value(f.get(1))));
        List<String> programs = programs(value(f.get(3)));
        programs.forEach(b::program);
        b.property("title", value(f.get(4)));
        b.property("callSign", value(f.get(5)));
        b.property("vesselType", value(f.get(6)));
        b.property("tonnage", value(f.get(7)));
        b.property("grossRegisteredTonnage", value(f.get(8)));
        b.property("flag", value(f.get(9)));
        b.property("vesselOwner", value(f.get(10)));
        String remarks = joinRemarks(value(f.get(11)) == null ? null : f.get(11), comments);
        b.remarks(remarks);
        RemarksParser.parse(remarks, b, reason -> report.problem(primFile, row.line(), null,
                "ent_num " + row.entNum() + ": " + reason));
        Entity parsed = b.build();
        try {
            b.schema(OfacSchemas.of(value(f.get(2)), parsed.caption(), programs,
                    parsed.properties().containsKey("organizationType")));
        } catch (IllegalArgumentException e) {
            report.problem(primFile, row.line(), null, "ent_num " + row.entNum() + ": " + e.getMessage()
                    + "; read as LegalEntity");
        }
        return b;
    }

    private Entity.Builder fromAliases(String entNum, List<CsvParser.Row> aliases, List<CsvParser.Row> comments,
            LoadReport.Builder report) {
        String first = value(aliases.get(0).fields().get(3));
        Entity.Builder b = Entity.builder(list, entNum);
        if (first == null) {
            first = "ent_num " + entNum;
            report.problem(altFile, aliases.get(0).line(), null, "ent_num " + entNum + " alias is empty");
        }
        b.name(Name.primary(first));
        b.schema(OfacSchemas.fromAliases(aliases.stream().map(r -> value(r.fields().get(3)))
                .filter(Objects::nonNull).toList()));
        b.property(EntityMerger.DERIVED_PRIMARY, "true");
        String remarks = joinRemarks(null, comments);
        b.remarks(remarks);
        RemarksParser.parse(remarks, b, reason -> report.problem(commentsFile, comments.get(0).line(), null,
                "ent_num " + entNum + ": " + reason));
        return b;
    }

    private void skipUnnamed(Map<String, List<CsvParser.Row>> rows, Map<String, List<CsvParser.Row>> alts,
            String file, LoadReport.Builder report) {
        rows.forEach((entNum, list) -> {
            if (!alts.containsKey(entNum)) {
                for (CsvParser.Row r : list) {
                    report.skip(file, r.line(), null, "ent_num " + entNum + " has neither a " + primFile
                            + " row nor an alias to name it");
                }
            }
        });
    }

    private void addAliases(Entity.Builder b, List<CsvParser.Row> rows, boolean firstIsPrimary) {
        for (int i = firstIsPrimary ? 1 : 0; i < rows.size(); i++) {
            List<String> f = rows.get(i).fields();
            String alias = value(f.get(3));
            if (alias == null) {
                continue;
            }
            String type = value(f.get(2));
            NameKind kind = type != null && type.toLowerCase(Locale.ROOT).equals("fka") ? NameKind.FORMER
                    : NameKind.STRONG_ALIAS;
            b.name(new Name(alias, kind));
            b.property("aliasRemark", value(f.get(4)));
        }
    }

    private static void addAddresses(Entity.Builder b, List<CsvParser.Row> rows) {
        for (CsvParser.Row r : rows) {
            List<String> f = r.fields();
            Address a = new Address(value(f.get(2)), value(f.get(3)), null, null, Countries.codeOrText(value(f.get(4))));
            if (!a.full().isEmpty()) {
                b.address(a);
            }
            b.property("addressRemark", value(f.get(5)));
        }
    }

    /**
     * The remarks field with its continuations from the comments file appended verbatim: OFAC cuts the field
     * anywhere, even mid-word, so nothing is trimmed between the parts (quoted fields carry no padding).
     */
    static String joinRemarks(String remarks, List<CsvParser.Row> comments) {
        StringBuilder s = new StringBuilder(remarks == null ? "" : remarks);
        if (comments != null) {
            for (CsvParser.Row c : comments) {
                String text = c.fields().get(1);
                if (text.strip().equals("-0-")) {
                    continue;
                }
                s.append(text);
            }
        }
        String r = s.toString().strip();
        return r.isEmpty() ? null : r;
    }

    /** {@code SDNTK] [FTO] [SDGT} → SDNTK, FTO, SDGT. */
    static List<String> programs(String field) {
        List<String> out = new ArrayList<>();
        if (field != null) {
            for (String p : field.split("\\]\\s*\\[")) {
                String v = p.replace("[", "").replace("]", "").strip();
                if (!v.isEmpty() && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** A field with its padding removed; {@code null} for {@code -0-} or blank. */
    static String value(String field) {
        if (field == null) {
            return null;
        }
        String v = field.strip();
        return v.isEmpty() || v.equals("-0-") ? null : v;
    }

    /** The file's text: UTF-8, or Windows-1252 (reported) when it is not valid UTF-8. */
    static String decode(Path file, LoadReport.Builder report) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            report.problem(file.getFileName().toString(), 0, null, "not valid UTF-8: read as Windows-1252");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
