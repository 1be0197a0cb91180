package dev.feedrafter.schedule;

import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.pipeline.Pipeline;
import dev.feedrafter.store.Database;
import dev.feedrafter.util.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled polling as {@code serve} runs it: every configured feed polled on its schedule through the
 * pipeline, and feeds.yml reloaded when it changes (unless {@code schedule.reload} is off).
 */
public final class Polling {
    private static final Logger LOG = LoggerFactory.getLogger(Polling.class);
    static final Duration RELOAD_CHECK = Duration.ofSeconds(2);

    private final LiveConfig live;
    private final FeedScheduler scheduler;
    private final Optional<ConfigReloader> reloader;
    private final Duration reloadCheck;
    private final ScheduledExecutorService watcher;

    private Polling(LiveConfig live, FeedScheduler scheduler, Optional<ConfigReloader> reloader,
                    Duration reloadCheck) {
        this.live = live;
        this.scheduler = scheduler;
        this.reloader = reloader;
        this.reloadCheck = reloadCheck;
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "config-reload");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Brings the schedules in the store in step with the configured feeds, ready to {@link #start()};
     * {@code config} must have been loaded from its file.
     */
    public static Polling create(FeedrafterConfig config, Database db, SchedulerNode node) {
        return create(config, db, node, RELOAD_CHECK);
    }

    static Polling create(FeedrafterConfig config, Database db, SchedulerNode node, Duration reloadCheck) {
        Check.notNull(config, "config");
        Check.notNull(node, "node");
        LiveConfig live = new LiveConfig(config, db);
        FeedScheduler scheduler = FeedScheduler.create(db, config.schedule(), node, new ScheduledPoll(db, live));
        try {
            LOG.debug("schedules at start: {}", scheduler.sync(config.feeds(), config.schedule().jitter()));
        } catch (RuntimeException e) {
            scheduler.shutdown(Duration.ZERO);
            throw e;
        }
        Optional<ConfigReloader> reloader = config.schedule().reload()
                ? Optional.of(new ConfigReloader(config.file(), new ConfigLoader(), live, scheduler))
                : Optional.empty();
        return new Polling(live, scheduler, reloader, reloadCheck);
    }

    /** Starts firing (first the firings missed while stopped) and watching feeds.yml for changes. */
    public Polling start() {
        scheduler.start();
        reloader.ifPresent(r -> watcher.scheduleWithFixedDelay(r::check, reloadCheck.toMillis(),
                reloadCheck.toMillis(), TimeUnit.MILLISECONDS));
        return this;
    }

    /** The configuration in force: the last good one read from feeds.yml. */
    public FeedrafterConfig config() {
        return live.config();
    }

    /** The pipeline of the configuration in force, for polls and imports that an editor starts by hand. */
    public Pipeline pipeline() {
        return live.current().pipeline();
    }

    /** The problems of feeds.yml when the last edit could not be put in force; empty otherwise. */
    public List<String> configProblems() {
        return reloader.map(ConfigReloader::problems).orElse(List.of());
    }

    public FeedScheduler.State state() {
        return scheduler.state();
    }

    public String instanceId() {
        return scheduler.instanceId();
    }

    public Map<String, Instant> nextFireTimes() {
        return scheduler.nextFireTimes();
    }

    /** Stops reloading and firing, waits up to {@code grace} for running polls; false when some were cut short. */
    public boolean stop(Duration grace) {
        watcher.shutdownNow();
        return scheduler.shutdown(grace);
    }

    FeedScheduler scheduler() {
        return scheduler;
    }
}
