package dev.interdict.app.api;

import dev.interdict.app.service.ListService;
import dev.interdict.app.service.LoadedList;
import dev.interdict.store.ListVersions;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists (shared by all tenants): versions with the active one marked, upload of a list, diff of versions. */
final class ListRoutes {

    /** The largest list upload: 200 MiB. */
    static final int MAX_UPLOAD = 200 * 1024 * 1024;
    /** How many entity ids a diff shows per kind (the counts are always complete). */
    static final int DIFF_SHOWN = 1_000;

    record VersionOut(long id, String name, boolean active, String contentHash, String source, int entityCount,
            Instant loadedAt, Instant activatedAt, Long previousId, Instant rescreenedAt) {
        static VersionOut of(ListVersions.Version v) {
            return new VersionOut(v.id(), v.name(), v.active(), v.contentHash(), v.source(), v.entityCount(),
                    v.loadedAt(), v.activatedAt(), v.previousId(), v.rescreenedAt());
        }
    }

    private ListRoutes() {
    }

    static List<Route> routes(Engines e) {
        var store = e.store();
        return List.of(
                Route.get("/api/v1/lists", Permission.LISTS_READ,
                        "List versions, newest first, the active ones marked; and recent quarantined downloads",
                        (ctx, p) -> {
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("versions", store.withHandle(h -> store.lists().all(h)).stream()
                                    .map(VersionOut::of).toList());
                            out.put("quarantined", store.withHandle(h -> store.lists().quarantined(h, 20)));
                            Bodies.send(ctx, 200, out);
                        }),
                Route.post("/api/v1/lists/import", Permission.LISTS_WRITE, MAX_UPLOAD,
                        "Upload a list (multipart files, or the raw file with ?filename=NAME): stored as a new"
                                + " version and activated atomically, then customers are re-screened against what"
                                + " changed", (ctx, p) -> {
                            Path dir = Files.createTempDirectory("interdict-upload");
                            try {
                                Path path = save(ctx, dir);
                                LoadedList list;
                                try {
                                    list = e.listSource().load(path);
                                } catch (IOException | RuntimeException ex) {
                                    throw ApiException.badRequest("cannot read the list: " + ex.getMessage());
                                }
                                ListService.ImportResult r = e.listService().importList(list, p.actor());
                                if (!r.unchanged()) {
                                    e.listsChanged();
                                }
                                Bodies.send(ctx, r.unchanged() ? 200 : 201, r);
                            } finally {
                                deleteTree(dir);
                            }
                        }),
                Route.post("/api/v1/lists/update", Permission.LISTS_WRITE, 0,
                        "Fetch the lists from their official sources now; failed, truncated or implausibly shrunk"
                                + " downloads are quarantined and the active versions keep serving",
                        (ctx, p) -> Bodies.send(ctx, 200, Map.of("lists", e.updateLists(p.actor())))),
                Route.get("/api/v1/lists/diff", Permission.LISTS_READ,
                        "Entities added, removed and changed between two versions (?from=ID&to=ID)", (ctx, p) -> {
                            long from = Bodies.longParam(ctx, "from", -1);
                            long to = Bodies.longParam(ctx, "to", -1);
                            if (from < 0 || to < 0) {
                                throw ApiException.badRequest("from and to (list version ids) are required");
                            }
                            ListService.Diff d = e.listService().diff(from, to)
                                    .orElseThrow(() -> ApiException.notFound("no list version " + from + " or " + to));
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("from", from);
                            out.put("to", to);
                            out.put("counts", Map.of("added", d.added().size(), "removed", d.removed().size(),
                                    "changed", d.changed().size()));
                            out.put("added", head(d.added()));
                            out.put("removed", head(d.removed()));
                            out.put("changed", head(d.changed()));
                            Bodies.send(ctx, 200, out);
                        }));
    }

    private static List<String> head(List<String> ids) {
        return ids.size() > DIFF_SHOWN ? ids.subList(0, DIFF_SHOWN) : ids;
    }

    /** Saves the upload into {@code dir}; returns the one file, or the folder when several were sent. */
    private static Path save(io.javalin.http.Context ctx, Path dir) throws IOException {
        if (ctx.isMultipartFormData()) {
            List<UploadedFile> files = ctx.uploadedFiles();
            if (files.isEmpty()) {
                throw ApiException.badRequest("no files in the multipart upload");
            }
            for (UploadedFile f : files) {
                try (InputStream in = f.content()) {
                    Files.copy(in, dir.resolve(safeName(f.filename())), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return files.size() == 1 ? dir.resolve(safeName(files.get(0).filename())) : dir;
        }
        String name = ctx.queryParam("filename");
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("send the list as multipart files, or the raw file with ?filename=NAME"
                    + " (e.g. consolidated.xml)");
        }
        Path file = dir.resolve(safeName(name));
        Files.write(file, Bodies.bytes(ctx));
        return file;
    }

    private static String safeName(String name) {
        String base = name == null ? "" : Path.of(name.replace('\\', '/')).getFileName().toString();
        if (base.isBlank() || base.startsWith(".") || !base.matches("[A-Za-z0-9._-]{1,100}")) {
            throw ApiException.badRequest("file name '" + name + "' must be 1..100 of letters, digits, . _ -");
        }
        return base;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (IOException | UncheckedIOException ex) {
            // a temp folder left behind is harmless
        }
    }
}
