package dev.feedrafter.model;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.CronExpression;

/** How often a feed is polled: a fixed interval or a Quartz cron expression (exactly one is set). */
public record Schedule(Duration every, String cron) {
    /** How many of a cron's coming firings {@link #interval()} looks at. */
    private static final int CRON_FIRINGS_SAMPLED = 24;

    public static Schedule every(Duration interval) {
        return new Schedule(interval, null);
    }

    public static Schedule cron(String expression) {
        return new Schedule(null, expression);
    }

    public boolean isCron() {
        return cron != null;
    }

    /**
     * The time between polls: {@code every}, or for a cron the shortest gap between its coming firings (a cron
     * polling at 9:00 and 17:00 has 8 hours), so that a poll is never planned later than the next firing.
     */
    public Duration interval() {
        if (!isCron()) {
            return every;
        }
        try {
            CronExpression expression = new CronExpression(cron);
            Date previous = expression.getNextValidTimeAfter(Date.from(Instant.now()));
            Duration shortest = null;
            for (int i = 0; i < CRON_FIRINGS_SAMPLED && previous != null; i++) {
                Date next = expression.getNextValidTimeAfter(previous);
                if (next == null) {
                    break;
                }
                Duration gap = Duration.between(previous.toInstant(), next.toInstant());
                shortest = shortest == null || gap.compareTo(shortest) < 0 ? gap : shortest;
                previous = next;
            }
            return shortest == null ? Duration.ofDays(1) : shortest;
        } catch (ParseException e) {
            throw new IllegalStateException("invalid cron expression \"" + cron + "\" got past validation", e);
        }
    }

    @Override
    public String toString() {
        return isCron() ? "cron " + cron : "every " + Durations.format(every);
    }
}
