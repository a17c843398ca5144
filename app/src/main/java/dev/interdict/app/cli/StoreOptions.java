package dev.interdict.app.cli;

import dev.interdict.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR} and {@code --db JDBC_URL}, shared by every command that uses the database. */
public final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder; holds the embedded H2 database (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL instead of the embedded one, e.g. jdbc:postgresql://host/interdict?user=u&password=p")
    String db;

    /** The database URL: {@code --db}, else the H2 file database in {@code --data}. */
    public String url() {
        return db != null && !db.isBlank() ? db : Store.embeddedUrl(data);
    }

    /** Opens (creating the data folder for the embedded database) and migrates. */
    public Store open() {
        if (db == null || db.isBlank()) {
            try {
                java.nio.file.Files.createDirectories(data);
            } catch (java.io.IOException e) {
                throw new CliException(ExitCodes.CANT_CREATE, "cannot create data folder " + data + ": " + e.getMessage());
            }
        }
        try {
            return Store.open(url());
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        } catch (RuntimeException e) {
            throw new CliException(ExitCodes.SOFTWARE, "cannot open database " + url().replaceAll("(?i)password=[^&;]*",
                    "password=***") + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
