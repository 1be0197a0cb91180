package dev.feedrafter.schedule;

import dev.feedrafter.config.ScheduleConfig;
import dev.feedrafter.config.StoreConfig;
import java.util.Properties;

/**
 * Quartz's settings for Feedrafter: the JDBC job store in the application database (whose Quartz tables Flyway
 * creates), over a connection provider registered under {@code dataSourceName}; clustered when the store says so.
 */
final class QuartzProperties {
    /** The same on every node: Quartz's cluster is the set of schedulers of one name on one database. */
    static final String SCHEDULER_NAME = "Feedrafter";

    private QuartzProperties() {}

    static Properties of(StoreConfig store, ScheduleConfig schedule, SchedulerNode node, String dataSourceName) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", store.cluster() ? node.instanceId()
                : nonClusteredId(node));
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(schedule.threads()));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "poll");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", store.isPostgres()
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        // job data as plain strings, not serialized Java objects
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(node.misfireThreshold().toMillis()));
        if (store.cluster()) {
            p.setProperty("org.quartz.jobStore.isClustered", "true");
            p.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                    Long.toString(schedule.clusterCheckinInterval().toMillis()));
            // without the row lock two nodes can acquire the same trigger (quartz-scheduler/quartz#107)
            p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        }
        return p;
    }

    /** Quartz's own default for a single node, unless a test names the node. */
    private static String nonClusteredId(SchedulerNode node) {
        return node.instanceId().equals(SchedulerNode.AUTO_ID) ? "NON_CLUSTERED" : node.instanceId();
    }
}
