package dev.feedrafter.config;

import dev.feedrafter.model.Schedule;
import java.time.Duration;
import org.quartz.CronExpression;

/** Reads {@code every} or {@code cron} of a mapping; setting both is an error. */
final class ScheduleReader {
    static final Duration MIN_EVERY = Duration.ofMinutes(1);

    private ScheduleReader() {}

    static Schedule read(Fields f, Schedule fallback) {
        if (f.has("every") && f.has("cron")) {
            f.problems().at(f.child("cron"), "set either \"every\" or \"cron\", not both");
            return fallback;
        }
        if (f.has("cron")) {
            String cron = f.text("cron", null);
            if (!CronExpression.isValidExpression(cron)) {
                f.problems().at(f.child("cron"), "not a valid Quartz cron expression: \"" + cron
                        + "\" (six or seven fields, e.g. \"0 0/30 * * * ?\")");
                return fallback;
            }
            return Schedule.cron(cron);
        }
        if (f.has("every")) {
            Duration every = f.duration("every", null);
            if (every == null) {
                return fallback;
            }
            if (every.compareTo(MIN_EVERY) < 0) {
                f.problems().at(f.child("every"), "must be at least 1m, to stay polite to the publisher");
                return fallback;
            }
            return Schedule.every(every);
        }
        return fallback;
    }
}
