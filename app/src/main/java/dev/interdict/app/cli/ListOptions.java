package dev.interdict.app.cli;

import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import dev.interdict.model.Entity;
import dev.interdict.screening.Algorithm;
import dev.interdict.screening.Screener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --lists PATH} option shared by screening commands: loads, merges and indexes the lists. */
public final class ListOptions {

    @Option(names = "--lists", required = true, paramLabel = "PATH",
            description = "A list to screen against: a folder of OFAC CSV files, a UN XML file or an FtM JSON lines "
                    + "file. Repeat for several lists.")
    List<Path> lists = new ArrayList<>();

    /** Loads the lists; missing files end with exit 66, unreadable ones with 65. */
    public List<ListVersion> load() {
        return load(lists);
    }

    /** Loads and merges the lists at {@code paths}; missing files end with exit 66, unreadable ones with 65. */
    public static List<Entity> entities(List<Path> paths) {
        return ListLoader.merge(load(paths));
    }

    static List<ListVersion> load(List<Path> paths) {
        try {
            return ListLoader.loadAll(paths);
        } catch (NoSuchFileException e) {
            throw CliException.noInput("list not found: " + e.getFile());
        } catch (dev.interdict.lists.ListFormatException e) {
            throw CliException.badData("cannot read list: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw CliException.badData("cannot read list: " + e.getMessage());
        }
    }

    @Option(names = "--algorithm", paramLabel = "A",
            description = "Scoring: interdict (default) or ofac (approximates OFAC's Sanctions List Search scores).")
    String algorithm = "interdict";

    /** The {@code --algorithm} value; a bad value is a usage error. */
    public Algorithm algorithm() {
        return parseAlgorithm(algorithm);
    }

    static Algorithm parseAlgorithm(String value) {
        try {
            return Algorithm.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--algorithm must be interdict or ofac, got '" + value + "'");
        }
    }

    /** Loads the lists and builds the screener; reports what was loaded on {@code err} when verbose. */
    public Screener screener(PrintWriter err, boolean verbose) {
        Algorithm algo = algorithm();
        List<ListVersion> versions = load();
        List<Entity> entities = ListLoader.merge(versions);
        if (verbose) {
            for (ListVersion v : versions) {
                err.printf("loaded %s: %d entities (%s)%n", v.name(), v.entities().size(), v.source());
            }
        }
        return Screener.of(entities, algo);
    }
}
