package dev.interdict.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.interdict.monitoring.Alert;
import dev.interdict.monitoring.CounterpartyScreen;
import dev.interdict.monitoring.Engine;
import dev.interdict.monitoring.Rules;
import dev.interdict.monitoring.Transaction;
import dev.interdict.monitoring.io.ColumnMapping;
import dev.interdict.monitoring.io.TransactionCsv;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** What {@code monitor} and {@code monitor-eval} share: loading rules, streaming a file through the engine. */
final class MonitorSupport {

    private MonitorSupport() {
    }

    static Rules rules(Path file) {
        if (file == null) {
            return Rules.defaults();
        }
        if (!Files.isReadable(file)) {
            throw CliException.noInput("cannot read rules file: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Rules.load(in);
        } catch (IllegalArgumentException e) {
            throw CliException.badData(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw CliException.noInput("cannot read rules file: " + file + ": " + e.getMessage());
        }
    }

    static void requireFile(Path p, String what) {
        if (p == null || !Files.isRegularFile(p)) {
            throw CliException.noInput("no such " + what + " file: " + p);
        }
    }

    /** Streams {@code file} through a fresh engine; {@code onTx} sees each transaction first. Returns the engine. */
    static Engine run(Path file, ColumnMapping mapping, Rules rules, Consumer<Transaction> onTx,
            Consumer<Alert> sink) throws IOException {
        return run(file, mapping, rules, CounterpartyScreen.NONE, onTx, sink);
    }

    /** As above, with counterparties screened by {@code exposure}. */
    static Engine run(Path file, ColumnMapping mapping, Rules rules, CounterpartyScreen exposure,
            Consumer<Transaction> onTx, Consumer<Alert> sink) throws IOException {
        requireFile(file, "transactions");
        long size = Files.size(file);
        Progress progress = Progress.forTerminal("monitoring " + file.getFileName(), size);
        Engine engine = new Engine(rules, exposure, sink);
        try (Counting counting = new Counting(Files.newInputStream(file));
             BufferedReader r = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16)) {
            TransactionCsv csv;
            try {
                csv = new TransactionCsv(r, mapping);
            } catch (IllegalArgumentException e) {
                throw CliException.badData(file + ": " + e.getMessage());
            }
            try {
                while (csv.hasNext()) {
                    Transaction t = csv.next();
                    onTx.accept(t);
                    engine.accept(t);
                    if ((engine.processed() & 0x3FFF) == 0) {
                        progress.update(counting.count);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw CliException.badData(file + ": " + e.getMessage());
            }
            engine.finish();
            progress.done();
        } catch (NoSuchFileException e) {
            throw CliException.noInput("no such file: " + file);
        }
        return engine;
    }

    /** Writes one JSON line per alert. */
    static final class JsonLines implements Consumer<Alert>, AutoCloseable {
        private final JsonGenerator g;

        JsonLines(Writer w) throws IOException {
            g = new JsonFactory().createGenerator(w);
            g.setRootValueSeparator(null);
        }

        @Override
        public void accept(Alert a) {
            try {
                g.writeStartObject();
                g.writeStringField("alert_id", a.alertId());
                g.writeStringField("typology", a.typology());
                g.writeArrayFieldStart("accounts");
                for (String s : a.accounts()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("transactions");
                for (String s : a.transactions()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeStringField("start", java.time.Instant.ofEpochMilli(a.start()).toString());
                g.writeStringField("end", java.time.Instant.ofEpochMilli(a.end()).toString());
                g.writeNumberField("amount", a.amount());
                g.writeNumberField("score", a.score());
                g.writeStringField("explanation", a.explanation());
                g.writeEndObject();
                g.writeRaw('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            g.close();
        }
    }

    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
