package dev.interdict.app.service;

import dev.interdict.store.ListVersions;
import dev.interdict.store.Store;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the official list files and stores each list as a new version, defensively: a download that fails,
 * times out, arrives shorter than announced, cannot be read, or has more than {@link #MAX_SHRINK} fewer entities
 * than the active version is quarantined (recorded, audited, reported) and the active version keeps serving. An
 * unchanged list is not stored again. Nothing here throws for a bad feed: every outcome is in the report.
 */
public final class ListUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(ListUpdater.class);
    /** The largest shrink accepted without review: 10% fewer entities than the active version. */
    public static final double MAX_SHRINK = 0.10;
    /** The largest file accepted: 512 MiB. */
    public static final long MAX_FILE = 512L * 1024 * 1024;

    /** What happened to one feed. */
    public enum Outcome { UPDATED, UNCHANGED, QUARANTINED }

    /** One feed's result; {@code versionId} is the active version afterwards (null if none). */
    public record Report(String feed, Outcome outcome, Long versionId, int entities, String detail) {
    }

    private final Store store;
    private final ListService lists;
    private final ListSource source;
    private final HttpClient http;
    private final Duration timeout;
    private final Path downloads;

    /**
     * @param downloads where files are staged (a folder per attempt, deleted afterwards)
     * @param timeout   the longest one file's download may take
     */
    public ListUpdater(Store store, ListService lists, ListSource source, Path downloads, Duration timeout) {
        this.store = store;
        this.lists = lists;
        this.source = source;
        this.downloads = downloads;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public List<Report> update(List<ListFeeds.Feed> feeds, String actor) {
        List<Report> out = new ArrayList<>();
        for (ListFeeds.Feed f : feeds) {
            out.add(update(f, actor));
        }
        return out;
    }

    public Report update(ListFeeds.Feed feed, String actor) {
        Path dir = null;
        try {
            Files.createDirectories(downloads);
            dir = Files.createTempDirectory(downloads, feed.name() + "-");
            for (String file : feed.files()) {
                download(feed, file, dir.resolve(ListFeeds.Feed.localName(file)));
            }
            Path path = feed.files().size() == 1 ? dir.resolve(ListFeeds.Feed.localName(feed.files().get(0))) : dir;
            LoadedList list;
            try {
                list = source.load(path);
            } catch (IOException | RuntimeException e) {
                throw new Refused("cannot read the downloaded list: " + e.getMessage());
            }
            if (list.entities().isEmpty()) {
                throw new Refused("the downloaded list has no entities");
            }
            Optional<ListVersions.Version> active = store.withHandle(h -> store.lists().active(h, list.name()));
            if (active.isPresent() && !active.get().contentHash().equals(list.contentHash())) {
                int before = active.get().entityCount();
                int after = list.entities().size();
                if (after < before * (1 - MAX_SHRINK)) {
                    throw new Refused(String.format(Locale.ROOT, "implausible shrink from %d to %d entities (%.1f%%,"
                            + " more than %.0f%%): kept version %d", before, after, 100.0 * (after - before) / before,
                            MAX_SHRINK * 100, active.get().id()));
                }
            }
            ListService.ImportResult r = lists.importList(list, actor);
            return new Report(feed.name(), r.unchanged() ? Outcome.UNCHANGED : Outcome.UPDATED, r.versionId(),
                    r.entityCount(), r.unchanged() ? "same content as the active version"
                            : "activated, replacing version " + r.previousId());
        } catch (Refused | IOException e) {
            String reason = e instanceof Refused ? e.getMessage() : "I/O error: " + e;
            LOG.warn("list update of {} quarantined: {}", feed.name(), reason);
            lists.quarantine(feed.name(), feed.base().toString(), reason, actor);
            Long kept = store.withHandle(h -> store.lists().active(h, nameOf(feed))).map(ListVersions.Version::id)
                    .orElse(null);
            return new Report(feed.name(), Outcome.QUARANTINED, kept, 0, reason);
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    /** The list name a feed produces (the readers name them after the feed). */
    private static String nameOf(ListFeeds.Feed feed) {
        return feed.name();
    }

    /** A refused download: the reason is reported and the active version stays. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Downloads one file within the time-out (the whole transfer, not just the headers), refusing an error status,
     * a body shorter than its Content-Length, an empty or an oversized file.
     */
    private void download(ListFeeds.Feed feed, String file, Path to) {
        HttpRequest req = HttpRequest.newBuilder(feed.url(file)).timeout(timeout).GET().build();
        CompletableFuture<HttpResponse<Path>> call = http.sendAsync(req, HttpResponse.BodyHandlers.ofFile(to));
        HttpResponse<Path> res;
        try {
            res = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Refused(file + ": timed out after " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused(file + ": interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new Refused(file + ": timed out after " + timeout.toSeconds() + " s");
            }
            String msg = String.valueOf(cause.getMessage());
            throw new Refused(file + (msg.contains("content-length") || msg.contains("EOF")
                    ? ": truncated (" + msg + ")" : ": download failed: " + cause));
        }
        if (res.statusCode() != 200) {
            throw new Refused(file + ": HTTP " + res.statusCode() + " from " + feed.url(file));
        }
        long got;
        try {
            got = Files.size(to);
        } catch (IOException e) {
            throw new Refused(file + ": cannot stage the download: " + e.getMessage());
        }
        long expected = res.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (expected >= 0 && got != expected) {
            throw new Refused(file + ": truncated: " + got + " of " + expected + " bytes");
        }
        if (got == 0) {
            throw new Refused(file + ": empty");
        }
        if (got > MAX_FILE) {
            throw new Refused(file + ": larger than " + MAX_FILE + " bytes");
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a staging folder left behind is harmless
        }
    }
}
