package dev.feedrafter.schedule;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The Quartz job and trigger of one feed. The job is named after the feed and carries only its name, so the
 * poll always uses the feed as the configuration in force describes it. The trigger follows the feed's
 * {@code every} (a simple trigger whose first firing is delayed by a random jitter, so that feeds sharing an
 * interval do not all start together) or its {@code cron} (fired exactly as written). A firing missed while
 * no scheduler ran fires once as soon as one runs again.
 */
final class FeedJobs {
    static final String GROUP = "feeds";

    private FeedJobs() {}

    static JobKey jobKey(String feedName) {
        return JobKey.jobKey(feedName, GROUP);
    }

    static TriggerKey triggerKey(String feedName) {
        return TriggerKey.triggerKey(feedName, GROUP);
    }

    static JobDetail job(FeedSource feed) {
        return JobBuilder.newJob(PollJob.class).withIdentity(jobKey(feed.name()))
                .usingJobData(PollJob.FEED, feed.name())
                // a poll cut short by a crash or a forced stop runs again on restart, or on another node
                .requestRecovery(true)
                .build();
    }

    /** The trigger for the feed's schedule; {@code jitter} bounds the random delay of an interval's first firing. */
    static Trigger trigger(FeedSource feed, Duration jitter, Instant now) {
        Schedule schedule = feed.schedule();
        TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger().withIdentity(triggerKey(feed.name()))
                .forJob(jobKey(feed.name()));
        if (schedule.isCron()) {
            return builder.withSchedule(cron(schedule.cron())).startAt(Date.from(now)).build();
        }
        ScheduleBuilder<SimpleTrigger> every = SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(schedule.every().toMillis()).repeatForever()
                .withMisfireHandlingInstructionFireNow();
        return builder.withSchedule(every).startAt(Date.from(now.plus(randomDelay(jitter, schedule.every()))))
                .build();
    }

    private static CronScheduleBuilder cron(String expression) {
        return CronScheduleBuilder.cronSchedule(expression).withMisfireHandlingInstructionFireAndProceed();
    }

    /** A random delay below both the jitter and the interval (none when either is zero). */
    static Duration randomDelay(Duration jitter, Duration interval) {
        long bound = Math.min(jitter.toMillis(), interval.toMillis());
        return bound <= 0 ? Duration.ZERO : Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound));
    }

    /** True when the stored trigger already follows this schedule, so it is kept (with its next firing). */
    static boolean follows(Trigger trigger, Schedule schedule) {
        if (schedule.isCron()) {
            return trigger instanceof CronTrigger c && c.getCronExpression().equals(schedule.cron());
        }
        return trigger instanceof SimpleTrigger s && s.getRepeatInterval() == schedule.every().toMillis();
    }
}
