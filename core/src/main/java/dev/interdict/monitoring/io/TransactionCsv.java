package dev.interdict.monitoring.io;

import dev.interdict.io.CsvParser;
import dev.interdict.monitoring.Transaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Streams {@link Transaction transactions} from comma-separated text with a header row, mapped by a
 * {@link ColumnMapping}. Quoted fields (RFC 4180, without embedded newlines) are supported. Timestamps may be ISO
 * instants, ISO local date-times or dates (UTC), or epoch milliseconds. A malformed row raises
 * {@link IllegalArgumentException} naming its line.
 */
public final class TransactionCsv implements Iterator<Transaction> {

    private final BufferedReader in;
    private final int id;
    private final int ts;
    private final int from;
    private final int to;
    private final int amount;
    private final int kind;
    private final int branch;
    private final int region;
    private final int fromCountry;
    private final int toCountry;
    private final int name;
    private long line = 1;
    private Transaction next;

    public TransactionCsv(BufferedReader in, ColumnMapping m) throws IOException {
        this.in = in;
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException("line 1: empty file, expected a header row");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> cols = split(header);
        id = required(cols, m.id(), "id");
        ts = required(cols, m.timestamp(), "timestamp");
        from = required(cols, m.from(), "from");
        to = required(cols, m.to(), "to");
        amount = required(cols, m.amount(), "amount");
        kind = optional(cols, m.kind());
        branch = optional(cols, m.branch());
        region = optional(cols, m.region());
        fromCountry = optional(cols, m.fromCountry());
        toCountry = optional(cols, m.toCountry());
        name = optional(cols, m.counterpartyName());
    }

    private static int required(List<String> cols, String col, String field) {
        int i = col == null ? -1 : cols.indexOf(col);
        if (i < 0) {
            throw new IllegalArgumentException("line 1: no column '" + col + "' for field " + field + " (header: "
                    + String.join(",", cols) + ")");
        }
        return i;
    }

    private static int optional(List<String> cols, String col) {
        return col == null ? -1 : cols.indexOf(col);
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        try {
            String l;
            do {
                l = in.readLine();
                line++;
                if (l == null) {
                    return false;
                }
            } while (l.isBlank());
            next = parse(l);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Transaction next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Transaction t = next;
        next = null;
        return t;
    }

    /** The line number of the row last read (1 is the header). */
    public long line() {
        return line;
    }

    private Transaction parse(String l) {
        List<String> f = split(l);
        try {
            String txId = get(f, id);
            if (txId == null) {
                throw new IllegalArgumentException("missing transaction id");
            }
            String amt = get(f, amount);
            if (amt == null) {
                throw new IllegalArgumentException("missing amount");
            }
            double a;
            try {
                a = Double.parseDouble(amt);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("amount is not a number: '" + amt + "'");
            }
            return new Transaction(txId, timestamp(get(f, ts)), get(f, from), get(f, to), a, kind(get(f, kind)),
                    get(f, branch), get(f, region), upper(get(f, fromCountry)), upper(get(f, toCountry)),
                    get(f, name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    public static Transaction.Kind kind(String s) {
        if (s == null) {
            return Transaction.Kind.TRANSFER;
        }
        switch (s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
            case "TRANSFER", "DEBIT", "CREDIT", "PAYMENT", "ACH":
                return Transaction.Kind.TRANSFER;
            case "CASH_DEPOSIT", "DEPOSIT", "CASH_IN":
                return Transaction.Kind.CASH_DEPOSIT;
            case "CASH_WITHDRAWAL", "WITHDRAWAL", "CASH_OUT":
                return Transaction.Kind.CASH_WITHDRAWAL;
            case "WIRE":
                return Transaction.Kind.WIRE;
            case "REMITTANCE":
                return Transaction.Kind.REMITTANCE;
            case "CARD", "POS", "MERCHANT":
                return Transaction.Kind.CARD;
            default:
                throw new IllegalArgumentException("unknown transaction kind '" + s + "'");
        }
    }

    public static long timestamp(String s) {
        if (s == null) {
            throw new IllegalArgumentException("missing timestamp");
        }
        try {
            if (s.length() == 10 && s.charAt(4) == '-') {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (s.indexOf('T') > 0 || s.indexOf(' ') > 0) {
                String iso = s.replace(' ', 'T');
                char last = iso.charAt(iso.length() - 1);
                if (last == 'Z' || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10) {
                    return Instant.parse(iso).toEpochMilli();
                }
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return Long.parseLong(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable timestamp '" + s + "'");
        }
    }

    private static String get(List<String> f, int i) {
        if (i < 0 || i >= f.size()) {
            return null;
        }
        String v = f.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    /** Splits one CSV line (quotes honoured). */
    public static List<String> split(String l) {
        return CsvParser.parseLine(l);
    }
}
