package dev.interdict.app.server;

import dev.interdict.app.api.Api;
import dev.interdict.app.api.Engines;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running server: Javalin on a port, plus a poller that picks up list versions activated by other processes
 * and resumes interrupted re-screens. {@link #close()} stops both (the engines and store belong to the caller).
 */
public final class Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    /** How often the database is polled for list changes made by other processes. */
    public static final Duration POLL = Duration.ofSeconds(5);

    private final Javalin app;
    private final ScheduledExecutorService poller;

    private Server(Javalin app, ScheduledExecutorService poller) {
        this.app = app;
        this.poller = poller;
    }

    /** Starts on {@code host:port} ({@code port} 0 picks a free one), without scheduled list updates. */
    public static Server start(Engines engines, String host, int port) {
        return start(engines, host, port, Duration.ZERO);
    }

    /**
     * Starts on {@code host:port}; when {@code updateEvery} is positive, the lists are fetched from their sources
     * that often (first 30 seconds after start).
     */
    public static Server start(Engines engines, String host, int port, Duration updateEvery) {
        Javalin app = Javalin.create(cfg -> {
            Api.wire(cfg, engines);
            cfg.jetty.host = host;
            cfg.jetty.port = port;
        });
        app.start();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "interdict-poller");
            t.setDaemon(true);
            return t;
        });
        engines.listsChanged(); // resume re-screens a crash interrupted
        poller.scheduleWithFixedDelay(() -> {
            try {
                engines.listsChanged().get();
            } catch (Exception e) {
                LOG.warn("list poll failed: {}", e.toString());
            }
        }, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        if (updateEvery.isPositive()) {
            poller.scheduleWithFixedDelay(() -> {
                try {
                    engines.updateLists("scheduler").forEach(r -> LOG.info("list update {}: {} {}", r.feed(),
                            r.outcome(), r.detail()));
                } catch (RuntimeException e) {
                    LOG.error("scheduled list update failed: {}", e.toString(), e);
                }
            }, Math.min(30_000, updateEvery.toMillis()), updateEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
        return new Server(app, poller);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        poller.shutdownNow();
        app.stop();
    }
}
