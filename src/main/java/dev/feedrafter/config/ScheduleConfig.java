package dev.feedrafter.config;

import java.time.Duration;
import java.util.Set;

/**
 * How {@code serve} runs the polls: how many at once, how far the feeds' start times are spread, how long a
 * stop waits for running polls, whether feeds.yml is reloaded on change, and how often a cluster node checks in.
 */
public record ScheduleConfig(int threads, Duration jitter, Duration shutdownGrace, boolean reload,
                             Duration clusterCheckinInterval) {
    static final int THREADS = 4;
    static final Duration JITTER = Duration.ofMinutes(1);
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);
    static final Duration CLUSTER_CHECKIN_INTERVAL = Duration.ofSeconds(15);
    /** The built-in settings. */
    public static final ScheduleConfig DEFAULTS = new ScheduleConfig(THREADS, JITTER, SHUTDOWN_GRACE, true,
            CLUSTER_CHECKIN_INTERVAL);

    static ScheduleConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("threads", "jitter", "shutdown_grace", "reload",
                "cluster_checkin_interval"));
        return new ScheduleConfig(f.integer("threads", THREADS, 1, 64), f.duration("jitter", JITTER),
                f.duration("shutdown_grace", SHUTDOWN_GRACE), f.bool("reload", true),
                f.duration("cluster_checkin_interval", CLUSTER_CHECKIN_INTERVAL));
    }
}
