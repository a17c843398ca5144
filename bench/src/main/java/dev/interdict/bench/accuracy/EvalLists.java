package dev.interdict.bench.accuracy;

import dev.interdict.lists.ListLoader;
import dev.interdict.model.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared lists the evaluation screens against, all together. */
final class EvalLists {

    static final List<String> LISTS = List.of(
            "lists/ofac-sdn-2021-07",
            "lists/ofac-consolidated-2025-12",
            "lists/un-consolidated-2026-02/consolidated.xml",
            "lists/ofac-sdn-2026-cartel-rows",
            "lists/ofac-sdn-2025-12-partial");

    private EvalLists() {
    }

    static List<Entity> load(Path data) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String l : LISTS) {
            Path p = data.resolve(l);
            if (Files.exists(p)) {
                paths.add(p);
            } else {
                System.err.println("warning: list " + p + " not found, skipped");
            }
        }
        return ListLoader.merge(ListLoader.loadAll(paths));
    }
}
