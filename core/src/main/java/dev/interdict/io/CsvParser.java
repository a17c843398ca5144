package dev.interdict.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An RFC 4180 CSV parser that keeps line numbers: quoted fields may hold commas, doubled quotes and line breaks;
 * each {@link Row} knows the line it starts on. A trailing DOS end-of-file mark ({@code 0x1A}, which OFAC files
 * end with) is ignored. A quote inside an unquoted field is kept as text; an unterminated quoted field runs to the
 * end of the input and is flagged on its row.
 */
public final class CsvParser {

    /** One record: its fields as written (not trimmed), the 1-based line it starts on, and any syntax problem. */
    public record Row(long line, List<String> fields, String problem) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private CsvParser() {
    }

    /** Parses {@code text} and hands each row to {@code sink}; blank lines are no rows. */
    public static void parse(String text, Consumer<Row> sink) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        while (n > 0 && (text.charAt(n - 1) == '\u001a')) {
            n--;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long rowLine = 1;
        boolean inQuotes = false;
        boolean rowHasContent = false;
        String problem = null;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.isEmpty()) {
                        inQuotes = true;
                    } else {
                        field.append(c);
                    }
                    rowHasContent = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    rowHasContent = true;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (rowHasContent || !field.isEmpty()) {
                        fields.add(field.toString());
                        sink.accept(new Row(rowLine, fields, problem));
                    }
                    fields.clear();
                    field.setLength(0);
                    rowHasContent = false;
                    problem = null;
                    line++;
                    rowLine = line;
                }
                default -> {
                    field.append(c);
                    rowHasContent = true;
                }
            }
            i++;
        }
        if (inQuotes) {
            problem = "quoted field opened on line " + rowLine + " is never closed";
        }
        if (rowHasContent || !field.isEmpty()) {
            fields.add(field.toString());
            sink.accept(new Row(rowLine, fields, problem));
        }
    }

    /** All rows of {@code text}. */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        parse(text, rows::add);
        return rows;
    }

    /**
     * The fields of one line that holds no line break inside a quoted field (a fast path for large
     * line-oriented files): quoted fields may hold commas and doubled quotes.
     */
    public static List<String> parseLine(String line) {
        List<String> out = new ArrayList<>();
        if (line.indexOf('"') < 0) {
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == ',') {
                    out.add(line.substring(start, i));
                    start = i + 1;
                }
            }
            out.add(line.substring(start));
            return out;
        }
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }
}
