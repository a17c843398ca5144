package dev.interdict.app.cli;

import dev.interdict.app.api.Engines;
import dev.interdict.app.server.Server;
import dev.interdict.app.service.ListLoaderSource;
import dev.interdict.store.Store;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interdict serve [--port N] [--host H] [--data DIR] [--db JDBC_URL]}: runs the HTTP API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP API (JSON under /api/v1, OpenAPI at /api/openapi.json) with the embedded"
                + " database in --data, or --db.")
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @CommandLine.Mixin
    UpdateOptions updateOptions = new UpdateOptions();

    @Option(names = "--update-every", defaultValue = "PT6H", paramLabel = "DURATION",
            description = "Fetch the official lists this often (ISO-8601, e.g. PT6H; PT0S: never). Default: ${DEFAULT-VALUE}.")
    java.time.Duration updateEvery;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw CliException.usage("--port must be in 0..65535, got " + port);
        }
        Store store = storeOptions.open();
        Engines engines = Engines.create(store, new ListLoaderSource(), Clock.systemUTC(),
                updateOptions.settings(storeOptions.data));
        Server server = Server.start(engines, host, port, updateEvery);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            engines.close();
            store.close();
            stopped.countDown();
        }, "interdict-shutdown"));
        spec.commandLine().getErr().println("interdict: serving on http://" + host + ":" + server.port()
                + " with " + store.displayUrl() + " (" + engines.lists().current().entities().size()
                + " list entities)");
        spec.commandLine().getErr().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
