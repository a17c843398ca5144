package dev.interdict.lists;

import dev.interdict.lists.ftm.FtmReader;
import dev.interdict.lists.ofac.OfacCsvReader;
import dev.interdict.lists.un.UnXmlReader;
import dev.interdict.model.Entity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point for reading lists: {@link #load(Path)} detects the format from the path
 * ({@link ListFormats#detect}) and runs the matching reader.
 */
public final class ListLoader {

    private ListLoader() {
    }

    /**
     * Loads the list at {@code path}.
     *
     * @throws java.nio.file.NoSuchFileException when nothing exists at {@code path}
     * @throws IllegalArgumentException          when the path is in no format Interdict reads
     * @throws ListFormatException               when the file's structure cannot be read at all
     */
    public static ListVersion load(Path path) throws IOException {
        ListFormat format = ListFormats.detect(path);
        return switch (format) {
            case OFAC_SDN_CSV -> OfacCsvReader.sdn().read(path);
            case OFAC_CONSOLIDATED_CSV -> OfacCsvReader.consolidated().read(path);
            case UN_XML -> new UnXmlReader().read(path);
            case FTM_JSON -> new FtmReader().read(path);
        };
    }

    /** Loads every path, in order. */
    public static List<ListVersion> loadAll(List<Path> paths) throws IOException {
        List<ListVersion> versions = new ArrayList<>(paths.size());
        for (Path p : paths) {
            versions.add(load(p));
        }
        return versions;
    }

    /**
     * The entities of all {@code versions}, those with the same {@link Entity#id()} merged into one (union of
     * names and attributes), in order of first appearance. See {@link EntityMerger}.
     */
    public static List<Entity> merge(List<ListVersion> versions) {
        return EntityMerger.merge(versions);
    }
}
