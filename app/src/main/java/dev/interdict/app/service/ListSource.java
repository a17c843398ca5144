package dev.interdict.app.service;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads list files into a {@link LoadedList}. Production uses the list readers ({@code dev.interdict.lists});
 * tests pass their own.
 */
@FunctionalInterface
public interface ListSource {
    /** Reads the list at {@code path}: a folder of OFAC CSV files, a UN XML file or FtM JSON lines. */
    LoadedList load(Path path) throws IOException;
}
