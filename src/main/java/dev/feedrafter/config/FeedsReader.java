package dev.feedrafter.config;

import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the {@code feeds} list, applying {@code defaults} and rejecting duplicate names. */
final class FeedsReader {
    private FeedsReader() {}

    static List<FeedSource> read(Fields root, DefaultsConfig defaults) {
        Map<String, Integer> seenNames = new HashMap<>();
        return root.list("feeds", (node, problems) -> {
            if (node instanceof YamlNode.Scalar s && !s.isNull()) {  // "- https://…": one problem, not three
                problems.at(node, "expected a mapping of keys to values, found " + node.kind()
                        + " (write name: and url: on lines of their own)");
                return null;
            }
            Fields f = Fields.of(node, problems, Set.of("name", "url", "every", "cron", "fetch_article",
                    "max_age_days", "tags"));
            String name = f.requiredText("name");
            URI url = f.has("url") ? f.url("url", null) : requiredUrlMissing(f);
            Schedule schedule = ScheduleReader.read(f, defaults.schedule());
            boolean fetchArticle = f.bool("fetch_article", defaults.fetchArticle());
            int maxAge = f.integer("max_age_days", defaults.maxAgeDays(), 1, 36500);
            List<String> tags = f.textList("tags");
            if (name != null) {
                Integer firstLine = seenNames.putIfAbsent(name.toLowerCase(Locale.ROOT), node.line());
                if (firstLine != null) {
                    problems.at(f.child("name"), "duplicate feed name \"" + name + "\" (first used on line "
                            + firstLine + ")");
                    return null;
                }
            }
            if (name == null || url == null) {
                return null;
            }
            return new FeedSource(name, url, schedule, fetchArticle, maxAge, tags);
        });
    }

    private static URI requiredUrlMissing(Fields f) {
        f.requiredText("url");
        return null;
    }
}
