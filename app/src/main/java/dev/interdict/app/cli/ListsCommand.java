package dev.interdict.app.cli;

import dev.interdict.lists.ListDiff;
import dev.interdict.lists.ListFormatException;
import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import dev.interdict.lists.ftm.FtmWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interdict lists stats|diff|export}: load a list and show what was read, compare two versions, or write a
 * list as FollowTheMoney JSON lines. An unreadable format ends with 65, a missing file with 66.
 */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "Read sanctions lists: load statistics, version diffs, FtM export.",
        subcommands = {ListsCommand.Stats.class, ListsCommand.Diff.class, ListsCommand.Export.class})
public final class ListsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a lists command is required: stats, diff, export");
    }

    /** Loads a list, turning format errors into exit code 65 (missing files reach the root handler: 66). */
    static ListVersion load(Path path) throws IOException {
        try {
            return ListLoader.load(path);
        } catch (IllegalArgumentException | ListFormatException e) {
            throw CliException.badData(e.getMessage());
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Load a list and print entities per schema, names, identifiers, problems and the content hash.")
    static final class Stats implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "List file or folder.")
        Path path;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            long start = System.nanoTime();
            ListVersion v = load(path);
            long ms = (System.nanoTime() - start) / 1_000_000;
            PrintWriter out = spec.commandLine().getOut();
            out.println("list: " + v.name() + " (" + v.format() + ") from " + v.source());
            out.print(v.report().summary());
            out.println("content hash: " + v.contentHash());
            out.println("loaded in " + ms + " ms");
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Compare two versions of a list: entities added, removed and changed.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD", description = "The older version.")
        Path oldPath;

        @Parameters(index = "1", paramLabel = "NEW", description = "The newer version.")
        Path newPath;

        @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
        String format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!format.equals("json") && !format.equals("text")) {
                throw CliException.usage("--format must be json or text, got '" + format + "'");
            }
            ListDiff diff = ListDiff.between(load(oldPath), load(newPath));
            PrintWriter out = spec.commandLine().getOut();
            out.print(format.equals("json") ? diff.toJson() + "\n" : diff.toText());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a list as FollowTheMoney JSON lines (to stdout unless --output is given).")
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "List file or folder.")
        Path path;

        @Option(names = "--format", required = true, description = "Output format: ftm.")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: stdout).")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!format.equals("ftm")) {
                throw CliException.usage("--format must be ftm, got '" + format + "'");
            }
            ListVersion v = load(path);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                new FtmWriter(out).writeAll(v.entities());
                return ExitCodes.OK;
            }
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                new FtmWriter(w).writeAll(v.entities());
            } catch (IOException e) {
                throw new CliException(ExitCodes.CANT_CREATE, "cannot write " + output + ": " + e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw new CliException(ExitCodes.CANT_CREATE, "cannot write " + output + ": " + e.getMessage(), e);
            }
            return ExitCodes.OK;
        }
    }
}
