package dev.feedrafter.schedule;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.config.ScheduleConfig;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.FeedState;
import dev.feedrafter.util.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz over the application database: one job per feed, kept in step with the configured feeds by
 * {@link #sync}. Schedules live in the job store, so they and their missed firings survive restarts, and on
 * PostgreSQL with {@code store.cluster: true} several processes share them.
 */
public final class FeedScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(FeedScheduler.class);

    /** RUNNING fires polls; PAUSED is started but fires nothing (standby, or the feeds' triggers paused). */
    public enum State { RUNNING, PAUSED, STOPPED }

    /** What a {@link #sync} changed, by feed name. */
    public record Changes(List<String> added, List<String> rescheduled, List<String> removed) {
        public Changes {
            added = List.copyOf(added);
            rescheduled = List.copyOf(rescheduled);
            removed = List.copyOf(removed);
        }

        public boolean isEmpty() {
            return added.isEmpty() && rescheduled.isEmpty() && removed.isEmpty();
        }

        @Override
        public String toString() {
            return isEmpty() ? "no schedule changes" : "added " + added + ", rescheduled " + rescheduled + ", removed "
                    + removed;
        }
    }

    private final Scheduler quartz;
    private final Database db;

    private FeedScheduler(Scheduler quartz, Database db) {
        this.quartz = quartz;
        this.db = db;
    }

    /** A scheduler, not yet started, whose jobs poll through {@code poll}. */
    static FeedScheduler create(Database db, ScheduleConfig schedule, SchedulerNode node, ScheduledPoll poll) {
        Scheduler quartz = quartz(db, schedule, node);
        try {
            quartz.setJobFactory((bundle, scheduler) -> new PollJob(poll));
        } catch (SchedulerException e) {
            throw new ScheduleException("cannot set up the scheduler: " + e.getMessage(), e);
        }
        return new FeedScheduler(quartz, db);
    }

    /**
     * Each scheduled feed's next firing as stored in the job store, read without starting a scheduler; feeds that
     * {@code serve} has not scheduled yet are missing.
     */
    public static Map<String, Instant> nextFireTimes(Database db, FeedrafterConfig config) {
        Check.notNull(db, "db");
        Check.notNull(config, "config");
        FeedScheduler reader = new FeedScheduler(quartz(db, config.schedule(), SchedulerNode.AUTO), db);
        try {
            return reader.nextFireTimes();
        } finally {
            reader.shutdown(Duration.ZERO);
        }
    }

    private static Scheduler quartz(Database db, ScheduleConfig schedule, SchedulerNode node) {
        String dataSource = DatabaseConnections.register(db.dataSource());
        try {
            Scheduler quartz = new StdSchedulerFactory(QuartzProperties.of(db.config(), schedule, node, dataSource))
                    .getScheduler();
            // we hold our own reference; left in Quartz's process-wide registry, this instance would be handed
            // to the next factory asking for the same name instead of a new scheduler
            SchedulerRepository.getInstance().remove(quartz.getSchedulerName());
            return quartz;
        } catch (SchedulerException e) {
            throw new ScheduleException("cannot create the scheduler: " + e.getMessage(), e);
        }
    }

    /** Starts firing; first runs the firings missed while no scheduler ran, and any poll cut short then. */
    public void start() {
        call("start the scheduler", () -> {
            quartz.start();
            return null;
        });
    }

    /**
     * Adds a job for each new feed, reschedules a feed whose {@code every} or {@code cron} changed, and removes
     * the jobs of feeds no longer configured. A feed whose schedule is unchanged keeps its trigger and next firing.
     */
    public Changes sync(List<FeedSource> feeds, Duration jitter) {
        Check.notNull(feeds, "feeds");
        Check.notNull(jitter, "jitter");
        return call("update the schedules", () -> {
            List<String> added = new ArrayList<>();
            List<String> rescheduled = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            Instant now = Instant.now();
            for (FeedSource feed : feeds) {
                Trigger current = quartz.getTrigger(FeedJobs.triggerKey(feed.name()));
                if (current == null) {
                    quartz.scheduleJob(FeedJobs.job(feed), Set.of(FeedJobs.trigger(feed, jitter, now)), true);
                    added.add(feed.name());
                } else if (!FeedJobs.follows(current, feed.schedule())) {
                    quartz.rescheduleJob(current.getKey(), FeedJobs.trigger(feed, jitter, now));
                    // the wait for the old interval must not outlast the new schedule; a backoff is kept
                    db.transaction(s -> s.feeds().clearNextAttemptUnlessFailing(feed.name()));
                    rescheduled.add(feed.name());
                }
            }
            Set<String> wanted = feeds.stream().map(FeedSource::name).collect(Collectors.toSet());
            for (JobKey job : quartz.getJobKeys(GroupMatcher.jobGroupEquals(FeedJobs.GROUP))) {
                if (!wanted.contains(job.getName())) {
                    quartz.deleteJob(job);
                    removed.add(job.getName());
                }
            }
            return new Changes(added, rescheduled, removed);
        });
    }

    /**
     * Each scheduled feed's next firing that will poll it, by feed name: firings before the feed's next allowed
     * attempt (backoff, Retry-After, TTL) are skipped, so the one shown is the first at or after that time. A
     * disabled feed has none: its firings are all skipped.
     */
    public Map<String, Instant> nextFireTimes() {
        Map<String, Instant> notBefore = new HashMap<>();
        for (FeedState state : db.read(s -> s.feeds().all())) {
            if (state.disabled()) {
                notBefore.put(state.name(), Instant.MAX);
            } else if (state.nextAttemptAt() != null) {
                notBefore.put(state.name(), state.nextAttemptAt().minus(DueCheck.TOLERANCE));
            }
        }
        return call("read the schedules", () -> {
            Map<String, Instant> times = new LinkedHashMap<>();
            for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(FeedJobs.GROUP))) {
                Trigger trigger = quartz.getTrigger(key);
                Date next = trigger == null ? null : trigger.getNextFireTime();
                Instant due = notBefore.get(key.getName());
                if (due == Instant.MAX) {
                    next = null;
                } else if (next != null && due != null && next.toInstant().isBefore(due)) {
                    next = trigger.getFireTimeAfter(Date.from(due.minusMillis(1)));
                }
                if (next != null) {
                    times.put(key.getName(), next.toInstant());
                }
            }
            return times;
        });
    }

    public State state() {
        try {
            if (quartz.isShutdown() || !quartz.isStarted()) {
                return State.STOPPED;
            }
            return quartz.isInStandbyMode() || feedsPaused() ? State.PAUSED : State.RUNNING;
        } catch (SchedulerException e) {
            LOG.debug("cannot read the scheduler's state", e);
            return State.STOPPED;
        }
    }

    /** Whether the feeds' triggers are paused in the job store; an unreachable store is reported on its own. */
    private boolean feedsPaused() {
        try {
            return quartz.getPausedTriggerGroups().contains(FeedJobs.GROUP);
        } catch (SchedulerException e) {
            LOG.debug("cannot read the paused trigger groups", e);
            return false;
        }
    }

    /** This node's name in the job store (a cluster lists every node's). */
    public String instanceId() {
        return call("read the node name", quartz::getSchedulerInstanceId);
    }

    /**
     * Stops firing, waits up to {@code grace} for running polls to finish, and shuts down. Returns false when polls
     * were still running at the limit: they stop with the process, and run again at the next start (or at once on
     * another node of a cluster), since every entry is stored in its own transaction and a poll skips what is stored.
     */
    public boolean shutdown(Duration grace) {
        Check.notNull(grace, "grace");
        return call("stop the scheduler", () -> {
            if (quartz.isShutdown()) {
                return true;
            }
            if (!quartz.isStarted()) {
                quartz.shutdown(false);
                return true;
            }
            quartz.standby();
            // Quartz waits without limit for the polls and their bookkeeping (which retries while the database is
            // away), so it waits in a thread of its own and the stop gives up on it at the limit
            Thread stopper = new Thread(() -> stopWaitingForPolls(quartz), "scheduler-stop");
            stopper.setDaemon(true);
            stopper.start();
            stopper.join(Math.max(1, grace.toMillis()));
            if (stopper.isAlive()) {
                LOG.warn("{} polls still running after {} s; they will run again at the next start",
                        quartz.getCurrentlyExecutingJobs().size(), grace.toSeconds());
                return false;
            }
            return true;
        });
    }

    private static void stopWaitingForPolls(Scheduler quartz) {
        try {
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("the scheduler did not stop cleanly: {}", e.getMessage(), e);
        }
    }

    /** Quartz's scheduler, for tests that watch its firings. */
    Scheduler quartz() {
        return quartz;
    }

    private interface QuartzCall<T> {
        T run() throws SchedulerException, InterruptedException;
    }

    private static <T> T call(String what, QuartzCall<T> work) {
        try {
            return work.run();
        } catch (SchedulerException e) {
            throw new ScheduleException("cannot " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScheduleException("interrupted while trying to " + what, e);
        }
    }
}
