package dev.interdict.app.cli;

import dev.interdict.app.api.Engines;
import dev.interdict.app.service.ListFeeds;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the lists are fetched from: {@code --ofac-base-url}, {@code --un-base-url}, {@code --feeds}, {@code --timeout}. */
public final class UpdateOptions {

    @Option(names = "--ofac-base-url", paramLabel = "URL", description = "Base URL of the OFAC CSV exports (default: "
            + ListFeeds.OFAC_BASE + ").")
    String ofacBase;

    @Option(names = "--un-base-url", paramLabel = "URL", description = "Base URL of the UN consolidated XML (default: "
            + ListFeeds.UN_BASE + ").")
    String unBase;

    @Option(names = "--feeds", paramLabel = "LIST,...", defaultValue = "ofac-sdn,ofac-cons,un-sc",
            description = "Which lists to fetch (default: ${DEFAULT-VALUE}).")
    String feeds;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT2M",
            description = "Longest download of one file (ISO-8601; default: ${DEFAULT-VALUE}).")
    Duration timeout;

    Engines.UpdateSettings settings(Path data) {
        try {
            return new Engines.UpdateSettings(ListFeeds.select(ListFeeds.official(ofacBase, unBase), feeds),
                    data.resolve("downloads"), timeout);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
