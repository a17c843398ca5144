package dev.interdict.app.cli;

import dev.interdict.io.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reading a command's CSV input, with the exit codes users expect: 66 when missing, 65 when unreadable or empty. */
final class InputFiles {

    private InputFiles() {
    }

    /** The rows of a UTF-8 CSV file, header first; {@code expected} names the header in the error when empty. */
    static List<CsvParser.Row> csv(Path input, String expected) {
        String text;
        try {
            text = Files.readString(input, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliException.noInput("input not found: " + input);
        } catch (MalformedInputException e) {
            throw CliException.badData(input + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CsvParser.Row> rows = CsvParser.parse(text);
        if (rows.isEmpty()) {
            throw CliException.badData(input + ": empty file, expected a header with " + expected);
        }
        return rows;
    }
}
