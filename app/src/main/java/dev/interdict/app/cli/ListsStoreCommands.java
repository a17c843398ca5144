package dev.interdict.app.cli;

import dev.interdict.app.api.Engines;
import dev.interdict.app.service.ListLoaderSource;
import dev.interdict.app.service.ListUpdater;
import dev.interdict.app.service.ListService;
import dev.interdict.app.service.LoadedList;
import dev.interdict.app.service.Rescreener;
import dev.interdict.app.service.ValidationException;
import dev.interdict.lists.ListFormatException;
import dev.interdict.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code interdict lists import} (and, with the updater, {@code lists update}): the list commands that write to
 * the database. They join the {@code lists} command when it exists, else a {@code lists} group is made.
 */
public final class ListsStoreCommands {

    private ListsStoreCommands() {
    }

    /** Adds the store-backed list commands under {@code lists}. */
    public static void attach(CommandLine root) {
        CommandLine lists = root.getSubcommands().get("lists");
        if (lists == null) {
            lists = new CommandLine(new Group());
            root.addSubcommand("lists", lists);
        }
        lists.addSubcommand("import", new Import());
        lists.addSubcommand("update", new Update());
    }

    @Command(name = "lists", mixinStandardHelpOptions = true, description = "Sanctions lists.")
    static final class Group implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a lists command is required");
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Store a list version from local files and activate it (atomically), then re-screen the"
                    + " stored customers against what changed. Works whether or not the server runs; a running"
                    + " server picks the version up.")
    static final class Import implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions storeOptions = new StoreOptions();

        @Parameters(paramLabel = "PATH", arity = "1..*",
                description = "List file or folder: an OFAC CSV folder, a UN XML file, FtM JSON lines.")
        List<Path> paths;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOptions.open()) {
                ListService service = new ListService(store, Clock.systemUTC());
                for (Path path : paths) {
                    LoadedList list;
                    try {
                        list = new ListLoaderSource().load(path);
                    } catch (ListFormatException | IllegalArgumentException e) {
                        throw CliException.badData(e.getMessage());
                    }
                    ListService.ImportResult r;
                    try {
                        r = service.importList(list, "cli");
                    } catch (ValidationException e) {
                        throw CliException.badData(e.getMessage());
                    }
                    out.println(r.unchanged()
                            ? list.name() + ": unchanged (version " + r.versionId() + " stays active)"
                            : list.name() + ": version " + r.versionId() + " active, " + r.entityCount() + " entities");
                    out.flush();
                }
                for (Rescreener.Result r : new Rescreener(store, Clock.systemUTC()).runPending()) {
                    out.println("re-screened " + r.customers() + " customers against " + r.changedEntities()
                            + " new or changed entities (version " + r.versionId() + "): " + r.alertsRaised()
                            + " alerts in " + r.took().toMillis() + " ms");
                }
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Fetch the lists from their official sources (base URLs configurable) and store changed ones."
                    + " A failed, timed-out, truncated or implausibly shrunk (> 10%) download is quarantined and"
                    + " reported; the active version keeps serving. Exit 0 when all succeeded, 75 when any was"
                    + " quarantined.")
    static final class Update implements Callable<Integer> {
        /** sysexits EX_TEMPFAIL: try again later. */
        static final int TEMPFAIL = 75;

        @CommandLine.Mixin
        StoreOptions storeOptions = new StoreOptions();

        @CommandLine.Mixin
        UpdateOptions updateOptions = new UpdateOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Engines.UpdateSettings settings = updateOptions.settings(storeOptions.data);
            PrintWriter out = spec.commandLine().getOut();
            boolean refused = false;
            try (Store store = storeOptions.open();
                    Engines engines = Engines.create(store, new ListLoaderSource(), Clock.systemUTC(), settings)) {
                for (ListUpdater.Report r : engines.updateLists("cli")) {
                    out.println(r.feed() + ": " + r.outcome().name().toLowerCase(java.util.Locale.ROOT)
                            + (r.versionId() == null ? "" : " (active version " + r.versionId() + ")") + ": "
                            + r.detail());
                    refused |= r.outcome() == ListUpdater.Outcome.QUARANTINED;
                }
                out.flush();
                for (Rescreener.Result r : engines.rescreener().runPending()) {
                    out.println("re-screened " + r.customers() + " customers against " + r.changedEntities()
                            + " new or changed entities (version " + r.versionId() + "): " + r.alertsRaised()
                            + " alerts");
                }
                out.flush();
            }
            return refused ? TEMPFAIL : ExitCodes.OK;
        }
    }
}
