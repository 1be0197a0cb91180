package dev.feedrafter.schedule;

import dev.feedrafter.config.ConfigException;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.config.Problem;
import dev.feedrafter.config.ScheduleConfig;
import dev.feedrafter.model.FeedSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads feeds.yml while {@code serve} runs: looks at the file on every {@link #check()}, and once a change has
 * settled (the same content at two checks in a row, so a half-saved file is not read), puts the new configuration
 * in force and brings the schedules in step. A broken edit keeps the last good configuration; its problems are
 * logged with their lines and kept for the health check until the file is good again.
 */
final class ConfigReloader {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigReloader.class);

    private final Path file;
    private final ConfigLoader loader;
    private final LiveConfig live;
    private final FeedScheduler scheduler;
    private byte[] lastTried;
    private byte[] pending;
    private volatile List<String> problems = List.of();

    ConfigReloader(Path file, ConfigLoader loader, LiveConfig live, FeedScheduler scheduler) {
        this.file = file;
        this.loader = loader;
        this.live = live;
        this.scheduler = scheduler;
        this.lastTried = read();
        this.pending = lastTried;
    }

    /** The problems of the file on disk when it could not be put in force; empty when the file is in force. */
    List<String> problems() {
        return problems;
    }

    /** Looks at the file once; reloads when a change has settled. Never throws. */
    synchronized void check() {
        byte[] content = read();
        if (Arrays.equals(content, lastTried)) {
            return;
        }
        if (!Arrays.equals(content, pending)) {
            pending = content;
            return;
        }
        lastTried = content;
        reload();
    }

    private void reload() {
        FeedrafterConfig before = live.config();
        try {
            FeedrafterConfig next = loader.load(file);
            live.apply(next);
            FeedScheduler.Changes changes = scheduler.sync(next.feeds(), next.schedule().jitter());
            problems = List.of();
            // a new url starts the feed afresh (validators, failures, a disabled state), so the log says so too
            List<String> newUrl = next.feeds().stream().filter(f -> before.feed(f.name())
                    .filter(was -> !was.url().equals(f.url())).isPresent()).map(FeedSource::name).toList();
            LOG.info("{} reloaded: {} feeds, {}{}", file, next.feeds().size(), changes,
                    newUrl.isEmpty() ? "" : ", new url " + newUrl);
            warnAboutRestart(before, next);
        } catch (ConfigException e) {
            problems = e.problems().stream().map(Problem::toString).toList();
            LOG.error("{} has {}; still running the last good configuration:\n  {}", file,
                    problems.size() == 1 ? "1 problem" : problems.size() + " problems", String.join("\n  ", problems));
        } catch (RuntimeException e) {
            // not the file's fault (the database away, the pipeline failing to build): try again at the next check
            lastTried = null;
            List<String> now = List.of(file + " cannot be put in force: " + e.getMessage());
            if (!now.equals(problems)) {
                LOG.error("{}; still running the last good configuration, trying again", now.get(0));
                LOG.debug("reload failure", e);
            }
            problems = now;
        }
    }

    /** The store, the web server and the scheduler were set up at start; a change to them waits for a restart. */
    private static void warnAboutRestart(FeedrafterConfig before, FeedrafterConfig next) {
        ScheduleConfig was = before.schedule();
        ScheduleConfig is = next.schedule();
        boolean scheduler = was.threads() != is.threads() || was.reload() != is.reload()
                || !was.shutdownGrace().equals(is.shutdownGrace())
                || !was.clusterCheckinInterval().equals(is.clusterCheckinInterval());
        if (scheduler || !Objects.equals(before.store(), next.store()) || !Objects.equals(before.web(), next.web())) {
            LOG.warn("changes to store, web or schedule (except schedule.jitter) take effect when serve is restarted");
        }
    }

    /** The file's bytes; empty when it cannot be read (the next load reports why). */
    private byte[] read() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.debug("cannot read {}", file, e);
            return new byte[0];
        }
    }
}
