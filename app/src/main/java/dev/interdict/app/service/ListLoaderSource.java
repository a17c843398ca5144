package dev.interdict.app.service;

import dev.interdict.lists.ListLoader;
import dev.interdict.lists.ListVersion;
import java.io.IOException;
import java.nio.file.Path;

/** The production {@link ListSource}: the list readers of {@code dev.interdict.lists} (format from the path). */
public final class ListLoaderSource implements ListSource {

    @Override
    public LoadedList load(Path path) throws IOException {
        ListVersion v = ListLoader.load(path);
        return new LoadedList(v.name(), v.contentHash(), v.source().toString(), v.entities(), v.report().summary());
    }
}
