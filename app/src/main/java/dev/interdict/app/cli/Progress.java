package dev.interdict.app.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr, drawn only when stderr is a terminal (so logs and pipes stay clean). Thread-safe:
 * workers call {@link #step()}; the bar redraws at most five times a second.
 */
public final class Progress implements AutoCloseable {

    private final String label;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final boolean enabled;
    private final PrintStream err = System.err;
    private volatile long lastDraw;
    private final long start = System.nanoTime();

    public Progress(String label, long total) {
        this.label = label;
        this.total = total;
        this.enabled = System.console() != null && System.getenv("INTERDICT_NO_PROGRESS") == null;
    }

    /** A bar for {@code total} units (rows, bytes) labelled {@code label}. */
    public static Progress forTerminal(String label, long total) {
        return new Progress(label, total);
    }

    /** Sets how many units are done (for callers that count bytes read rather than steps). */
    public void update(long units) {
        done.set(units);
        redraw(units);
    }

    /** Draws the final state and ends the line. */
    public void done() {
        close();
    }

    public void step() {
        redraw(done.incrementAndGet());
    }

    private void redraw(long d) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw > 200_000_000L || d == total) {
            synchronized (this) {
                lastDraw = now;
                draw(d, now);
            }
        }
    }

    private void draw(long d, long now) {
        int width = 30;
        int filled = total <= 0 ? 0 : (int) Math.min(width, d * width / total);
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? d / secs : 0;
        err.printf("\r%s [%s%s] %d/%d %.0f/s ", label, "#".repeat(filled), " ".repeat(width - filled), d, total, rate);
        err.flush();
    }

    @Override
    public void close() {
        if (enabled) {
            draw(done.get(), System.nanoTime());
            err.println();
        }
    }
}
