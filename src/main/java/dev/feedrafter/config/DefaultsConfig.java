package dev.feedrafter.config;

import dev.feedrafter.model.Schedule;
import java.time.Duration;
import java.util.Set;

/** Per-feed settings that apply to every feed unless the feed sets its own. */
public record DefaultsConfig(Schedule schedule, boolean fetchArticle, int maxAgeDays) {
    static final Duration EVERY = Duration.ofMinutes(30);
    static final int MAX_AGE_DAYS = 14;
    static final DefaultsConfig BUILT_IN = new DefaultsConfig(Schedule.every(EVERY), true, MAX_AGE_DAYS);

    static DefaultsConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("every", "cron", "fetch_article", "max_age_days"));
        Schedule schedule = ScheduleReader.read(f, BUILT_IN.schedule());
        return new DefaultsConfig(schedule, f.bool("fetch_article", BUILT_IN.fetchArticle()),
                f.integer("max_age_days", MAX_AGE_DAYS, 1, 36500));
    }
}
