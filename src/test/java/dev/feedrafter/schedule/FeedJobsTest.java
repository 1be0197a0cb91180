package dev.feedrafter.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.spi.OperableTrigger;

class FeedJobsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static FeedSource feed(Schedule schedule) {
        return new FeedSource("PsyPost", URI.create("https://www.psypost.org/feed/"), schedule, true, 14, List.of());
    }

    @Test
    void theJobCarriesOnlyTheFeedNameAndAsksForRecovery() {
        JobDetail job = FeedJobs.job(feed(Schedule.every(Duration.ofMinutes(30))));
        assertThat(job.getKey()).isEqualTo(FeedJobs.jobKey("PsyPost"));
        assertThat(job.getJobDataMap().getWrappedMap()).containsOnlyKeys(PollJob.FEED).containsValue("PsyPost");
        assertThat(job.requestsRecovery()).isTrue();
        assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
        assertThat(job.isPersistJobDataAfterExecution()).isTrue();
    }

    @RepeatedTest(20)
    void anIntervalStartsAfterARandomJitterBelowBothJitterAndInterval() {
        Trigger trigger = FeedJobs.trigger(feed(Schedule.every(Duration.ofMinutes(30))), Duration.ofMinutes(1), NOW);
        assertThat(trigger).isInstanceOfSatisfying(SimpleTrigger.class, t -> {
            assertThat(t.getRepeatInterval()).isEqualTo(Duration.ofMinutes(30).toMillis());
            assertThat(t.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
            assertThat(t.getMisfireInstruction()).isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
        });
        assertThat(trigger.getStartTime()).isBetween(Date.from(NOW), Date.from(NOW.plusSeconds(60)), true, false);
        Trigger shortInterval = FeedJobs.trigger(feed(Schedule.every(Duration.ofSeconds(10))), Duration.ofMinutes(1),
                NOW);
        assertThat(shortInterval.getStartTime()).isBetween(Date.from(NOW), Date.from(NOW.plusSeconds(10)), true, false);
    }

    @Test
    void aMissedIntervalFiresOnceNowAndThenKeepsItsInterval() {
        OperableTrigger trigger = (OperableTrigger) FeedJobs.trigger(feed(Schedule.every(Duration.ofMinutes(30))),
                Duration.ofMinutes(1), Instant.now().minus(Duration.ofHours(5)));
        trigger.computeFirstFireTime(null);
        long before = System.currentTimeMillis();
        trigger.updateAfterMisfire(null);
        assertThat(trigger.getNextFireTime().getTime()).isBetween(before, System.currentTimeMillis());
        Date once = trigger.getNextFireTime();
        trigger.triggered(null);
        assertThat(trigger.getNextFireTime().getTime() - once.getTime()).isEqualTo(Duration.ofMinutes(30).toMillis());
    }

    @Test
    void aMissedCronFiresOnceNowAndThenKeepsItsTimes() {
        OperableTrigger trigger = (OperableTrigger) FeedJobs.trigger(feed(Schedule.cron("0 0 6 * * ?")),
                Duration.ofMinutes(1), Instant.now().minus(Duration.ofDays(3)));
        assertThat(((CronTrigger) trigger).getMisfireInstruction())
                .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        trigger.computeFirstFireTime(null);
        long before = System.currentTimeMillis();
        trigger.updateAfterMisfire(null);
        assertThat(trigger.getNextFireTime().getTime()).isBetween(before, System.currentTimeMillis());
        trigger.triggered(null);
        assertThat(((CronTrigger) trigger).getCronExpression()).isEqualTo("0 0 6 * * ?");
        assertThat(trigger.getNextFireTime()).isAfter(new Date(before));
        assertThat(trigger.getNextFireTime().toInstant().atZone(java.time.ZoneId.systemDefault()).getHour())
                .isEqualTo(6);
    }

    @Test
    void aTriggerFollowsOnlyTheSameSchedule() {
        Trigger every = FeedJobs.trigger(feed(Schedule.every(Duration.ofMinutes(30))), Duration.ZERO, NOW);
        Trigger cron = FeedJobs.trigger(feed(Schedule.cron("0 0/30 * * * ?")), Duration.ZERO, NOW);
        assertThat(FeedJobs.follows(every, Schedule.every(Duration.ofMinutes(30)))).isTrue();
        assertThat(FeedJobs.follows(every, Schedule.every(Duration.ofHours(1)))).isFalse();
        assertThat(FeedJobs.follows(every, Schedule.cron("0 0/30 * * * ?"))).isFalse();
        assertThat(FeedJobs.follows(cron, Schedule.cron("0 0/30 * * * ?"))).isTrue();
        assertThat(FeedJobs.follows(cron, Schedule.cron("0 0 * * * ?"))).isFalse();
        assertThat(FeedJobs.follows(cron, Schedule.every(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void noJitterStartsAtOnce() {
        assertThat(FeedJobs.randomDelay(Duration.ZERO, Duration.ofMinutes(30))).isZero();
    }
}
