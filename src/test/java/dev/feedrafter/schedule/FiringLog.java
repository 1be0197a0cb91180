package dev.feedrafter.schedule;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;

/** Records every job execution of a scheduler: which feed, which firing, on which node, from when to when. */
final class FiringLog implements JobListener {
    record Firing(String feed, Instant scheduledAt, String node, Instant started, Instant ended) {}

    private final List<Firing> done = new CopyOnWriteArrayList<>();

    /** Watches the executions of {@code scheduler}'s jobs. */
    static FiringLog watch(FeedScheduler scheduler, FiringLog log) {
        try {
            scheduler.quartz().getListenerManager().addJobListener(log);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
        return log;
    }

    List<Firing> firings() {
        return List.copyOf(done);
    }

    @Override
    public String getName() {
        return "firing-log-" + System.identityHashCode(this);
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        context.put("started", Instant.now());
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // not used: nothing vetoes
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException error) {
        try {
            done.add(new Firing(context.getJobDetail().getKey().getName(), context.getScheduledFireTime().toInstant(),
                    context.getScheduler().getSchedulerInstanceId(), (Instant) context.get("started"), Instant.now()));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}
