package dev.feedrafter.model;

import java.time.Duration;

/** How often a feed is polled: a fixed interval or a Quartz cron expression (exactly one is set). */
public record Schedule(Duration every, String cron) {
    public static Schedule every(Duration interval) {
        return new Schedule(interval, null);
    }

    public static Schedule cron(String expression) {
        return new Schedule(null, expression);
    }

    public boolean isCron() {
        return cron != null;
    }

    @Override
    public String toString() {
        return isCron() ? "cron " + cron : "every " + Durations.format(every);
    }
}
