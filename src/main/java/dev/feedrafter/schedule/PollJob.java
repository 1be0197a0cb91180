package dev.feedrafter.schedule;

import java.time.Instant;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.PersistJobDataAfterExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of one feed. One poll of a feed at a time, across the whole cluster; what the job remembers
 * of its last poll is kept in the job store with the job.
 */
@DisallowConcurrentExecution
@PersistJobDataAfterExecution
final class PollJob implements Job {
    static final String FEED = "feed";
    private static final Logger LOG = LoggerFactory.getLogger(PollJob.class);

    private final ScheduledPoll poll;

    PollJob(ScheduledPoll poll) {
        this.poll = poll;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getJobDetail().getJobDataMap();
        String feed = data.getString(FEED);
        Instant firing = context.getScheduledFireTime().toInstant();
        if (context.isRecovering()) {
            LOG.info("feed \"{}\": polling again, as a poll was cut short by a stop or a crash", feed);
        }
        try {
            Optional<LastPoll> polled = poll.pollIfDue(feed, firing, LastPoll.from(data));
            polled.ifPresent(p -> p.writeTo(data));
        } catch (RuntimeException e) {
            // a feed's own failures are recorded by the pipeline; this is the store or the configuration failing
            LOG.error("scheduled poll of feed \"{}\" failed: {}", feed, e.getMessage());
            LOG.debug("scheduled poll failure", e);
        }
    }
}
