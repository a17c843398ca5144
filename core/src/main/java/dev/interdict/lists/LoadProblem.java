package dev.interdict.lists;

import java.util.Objects;

/**
 * One thing a reader could not read, or read only in part.
 *
 * @param file    the file's name (not its full path), e.g. {@code alt.csv}
 * @param line    the 1-based line where the row starts (CSV, JSON lines), or 0 when {@code element} locates it
 * @param element the XML element path and record reference, or {@code null} for line-based files
 * @param reason  what was wrong and what the reader did about it
 */
public record LoadProblem(String file, long line, String element, String reason) {

    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0 (0 = not line based), got " + line);
        }
    }

    /** {@code file:line: reason} or {@code file [element]: reason}. */
    @Override
    public String toString() {
        String where = element != null ? " [" + element + "]" : line > 0 ? ":" + line : "";
        return file + where + ": " + reason;
    }
}
