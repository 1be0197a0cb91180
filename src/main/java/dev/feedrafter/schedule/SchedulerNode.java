package dev.feedrafter.schedule;

import dev.feedrafter.util.Check;
import java.time.Duration;

/**
 * Who this scheduler is among the nodes that share a job store, and Quartz's misfire threshold (how late a
 * firing may be before it counts as missed). Production uses {@link #AUTO}: Quartz names each node itself.
 */
public record SchedulerNode(String instanceId, Duration misfireThreshold) {
    static final String AUTO_ID = "AUTO";
    /** A node named by Quartz (host name and start time), with Quartz's usual one-minute misfire threshold. */
    public static final SchedulerNode AUTO = new SchedulerNode(AUTO_ID, Duration.ofMinutes(1));

    public SchedulerNode {
        Check.notBlank(instanceId, "instanceId");
        Check.notNull(misfireThreshold, "misfireThreshold");
    }
}
