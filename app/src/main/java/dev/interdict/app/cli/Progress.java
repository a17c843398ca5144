package dev.interdict.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr, drawn only when a terminal is attached ({@code System.console() != null}). */
final class Progress {

    private static final Progress NONE = new Progress(null, null, 0);
    private final PrintStream err;
    private final String label;
    private final long total;
    private int lastPercent = -1;

    private Progress(PrintStream err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    static Progress forTerminal(String label, long total) {
        return System.console() == null || total <= 0 ? NONE : new Progress(System.err, label, total);
    }

    void update(long done) {
        if (err == null) {
            return;
        }
        int pct = (int) Math.min(100, done * 100 / total);
        if (pct != lastPercent) {
            lastPercent = pct;
            int bars = pct / 5;
            err.print(String.format(Locale.ROOT, "\r%s [%-20s] %3d%%", label, "#".repeat(bars), pct));
            err.flush();
        }
    }

    void done() {
        if (err != null) {
            update(total);
            err.println();
        }
    }
}
