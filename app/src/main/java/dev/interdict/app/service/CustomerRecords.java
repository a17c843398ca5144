package dev.interdict.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interdict.io.CsvParser;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Schema;
import dev.interdict.screening.Query;
import dev.interdict.store.Customer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and checks customer records: JSON lines ({@code {"id":…,"name":…,"birth_date":…,"country":…,
 * "schema":…}} per line) or CSV with a header naming the same columns. Every problem is reported with its line.
 */
public final class CustomerRecords {

    /** The most customers one import may carry. */
    public static final int MAX_PER_IMPORT = 100_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CustomerRecords() {
    }

    /** Parses JSON lines; blank lines are skipped. */
    public static List<Customer> jsonLines(String text) {
        List<Customer> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = MAPPER.readTree(line);
                    if (n == null || !n.isObject()) {
                        errors.add("line " + lineNo + ": expected a JSON object");
                        continue;
                    }
                    add(out, errors, lineNo, text(n, "id"), text(n, "name"), text(n, "schema"),
                            text(n, "birth_date"), text(n, "country"));
                } catch (IOException e) {
                    errors.add("line " + lineNo + ": not JSON (" + e.getMessage().split("\n")[0] + ")");
                }
                if (errors.size() >= ValidationException.MAX_ERRORS) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return finish(out, errors);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Parses CSV (RFC 4180 quoting) whose header names the columns id, name, schema, birth_date, country. */
    public static List<Customer> csv(String text) {
        List<CsvParser.Row> rows = CsvParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int id = header.indexOf("id");
        int name = header.indexOf("name");
        if (id < 0 || name < 0) {
            throw new ValidationException("CSV header must name the columns id and name (and optionally schema,"
                    + " birth_date, country); got " + header);
        }
        List<Customer> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 1; i < rows.size() && errors.size() < ValidationException.MAX_ERRORS; i++) {
            CsvParser.Row r = rows.get(i);
            if (r.problem() != null) {
                errors.add("line " + r.line() + ": " + r.problem());
                continue;
            }
            List<String> row = r.fields();
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            add(out, errors, (int) r.line(), col(row, id), col(row, name), col(row, header.indexOf("schema")),
                    col(row, header.indexOf("birth_date")), col(row, header.indexOf("country")));
        }
        return finish(out, errors);
    }

    private static String col(List<String> row, int index) {
        if (index < 0 || index >= row.size()) {
            return null;
        }
        String v = row.get(index).strip();
        return v.isEmpty() ? null : v;
    }

    private static List<Customer> finish(List<Customer> out, List<String> errors) {
        Set<String> seen = new HashSet<>();
        for (Customer c : out) {
            if (!seen.add(c.id()) && errors.size() < ValidationException.MAX_ERRORS) {
                errors.add("customer id '" + c.id() + "' appears more than once");
            }
        }
        if (out.size() > MAX_PER_IMPORT) {
            errors.add(0, "at most " + MAX_PER_IMPORT + " customers per import, got " + out.size());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    private static void add(List<Customer> out, List<String> errors, int line, String id, String name,
            String schema, String birthDate, String country) {
        try {
            out.add(check(new Customer(id == null ? "" : id.strip(), name == null ? "" : name.strip(),
                    blankToNull(schema), blankToNull(birthDate), blankToNull(country))));
        } catch (ValidationException e) {
            errors.add("line " + line + ": " + e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Checks one customer; returns it with the schema in its canonical spelling. */
    public static Customer check(Customer c) {
        if (c.id().isEmpty() || c.id().length() > 200) {
            throw new ValidationException("id must be 1..200 characters");
        }
        if (c.name().isBlank() || c.name().length() > 1000) {
            throw new ValidationException("name must be 1..1000 characters");
        }
        String schema = null;
        if (c.schema() != null) {
            try {
                schema = Schema.parse(c.schema()).ftmName();
            } catch (IllegalArgumentException e) {
                throw new ValidationException(e.getMessage());
            }
        }
        if (c.birthDate() != null) {
            try {
                BirthDate.parse(c.birthDate());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("birth_date: " + e.getMessage());
            }
        }
        if (c.country() != null && c.country().length() > 100) {
            throw new ValidationException("country must be at most 100 characters");
        }
        return new Customer(c.id(), c.name().strip(), schema, c.birthDate(), c.country());
    }

    /** The screening query for a (checked) customer. */
    public static Query query(Customer c) {
        return new Query(c.name(), Schema.parse(c.schema()),
                c.birthDate() == null ? null : BirthDate.parse(c.birthDate()), c.country(), List.of());
    }
}
