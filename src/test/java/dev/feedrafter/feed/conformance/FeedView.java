package dev.feedrafter.feed.conformance;

import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of our parser shaped like feedparser's result dictionary, for the keys that have a Feedrafter
 * equivalent. Titles compare as plain text, summaries and content as sanitized HTML (by meaning, see
 * {@link HtmlComparison}), encodings by charset identity. Keys outside this map are unmapped.
 */
final class FeedView {
    private FeedView() {}

    static Map<String, Object> names(ParsedFeed feed, boolean failed) {
        Map<String, Object> names = new HashMap<>();
        names.put("bozo", failed || feed == null || !feed.warnings().isEmpty());
        if (feed == null) {
            names.put("feed", new Dict(Map.of(), Set.of("title", "title_detail", "link")));
            names.put("entries", List.of());
            return names;
        }
        names.put("encoding", feed.encoding() == null ? null : new CharsetName(feed.encoding()));
        names.put("version", version(feed.format()));
        Map<String, Object> f = new HashMap<>();
        putText(f, "title", feed.title());
        put(f, "link", feed.link());
        names.put("feed", new Dict(f, Set.of("title", "title_detail", "link")));
        names.put("entries", feed.entries().stream().map(FeedView::entry).toList());
        return names;
    }

    private static Dict entry(FeedEntry e) {
        Map<String, Object> m = new HashMap<>();
        putText(m, "title", e.title());
        put(m, "link", e.link());
        put(m, "id", e.id());
        put(m, "guid", e.id());
        if (!e.authors().isEmpty()) {
            m.put("author", new PlainText(e.authors().get(0)));
            m.put("author_detail", new Dict(Map.of("name", new PlainText(e.authors().get(0))), Set.of("name")));
            m.put("authors", e.authors().stream()
                    .map(a -> (Object) new Dict(Map.of("name", new PlainText(a)), Set.of("name"))).toList());
        }
        String summary = e.summaryHtml().isEmpty() ? e.contentHtml() : e.summaryHtml();
        if (!summary.isEmpty()) {
            m.put("summary", new SanitizedHtml(summary));
            m.put("description", new SanitizedHtml(summary));
            m.put("summary_detail", new Dict(Map.of("value", new SanitizedHtml(summary)), Set.of("value")));
        }
        m.put("content", e.contentHtml().isEmpty() ? List.of() : List.of(
                new Dict(Map.of("value", new SanitizedHtml(e.contentHtml())), Set.of("value"))));
        boolean dated = e.warnings().stream().noneMatch(w -> w.endsWith("using the fetch time"));
        if (dated) {
            m.put("published_parsed", tuple(e.published()));
            m.put("updated_parsed", tuple(e.updated() != null ? e.updated() : e.published()));
        }
        if (!e.categories().isEmpty()) {
            m.put("category", new PlainText(e.categories().get(0)));
            m.put("tags", e.categories().stream()
                    .map(c -> (Object) new Dict(Map.of("term", new PlainText(c)), Set.of("term"))).toList());
        }
        return new Dict(m, Set.of("title", "title_detail", "link", "id", "guid", "author", "author_detail",
                "authors", "summary", "description", "summary_detail", "content", "published_parsed",
                "updated_parsed", "category", "tags"));
    }

    private static void putText(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, new PlainText(value));
            m.put(key + "_detail", new Dict(Map.of("value", new PlainText(value)), Set.of("value")));
        }
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Python's time.struct_time of an instant in UTC. */
    private static List<Object> tuple(Instant t) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        return List.of((long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth(), (long) z.getHour(),
                (long) z.getMinute(), (long) z.getSecond(), (long) z.getDayOfWeek().getValue() - 1,
                (long) z.getDayOfYear(), 0L);
    }

    private static String version(String format) {
        return switch (format) {
            case "rss_0.9", "rss_0.90" -> "rss090";
            case "rss_0.91U" -> "rss091u";
            case "rss_0.91N" -> "rss091n";
            case "rss_0.92" -> "rss092";
            case "rss_0.93" -> "rss093";
            case "rss_0.94" -> "rss094";
            case "rss_1.0" -> "rss10";
            case "rss_2.0" -> "rss20";
            case "atom_0.3" -> "atom03";
            case "atom_1.0" -> "atom10";
            default -> format.replace("_", "").replace(".", "");
        };
    }

    /** A dictionary with the keys we map; a known key may be absent (Python's KeyError). */
    record Dict(Map<String, Object> values, Set<String> known) implements PyExpr.View {
        @Override
        public Object get(String key) {
            if (values.containsKey(key)) {
                return values.get(key);
            }
            if (known.contains(key)) {
                throw new PyExpr.PyError("KeyError " + key);
            }
            throw new PyExpr.Unmapped("key " + key);
        }

        @Override
        public boolean contains(String key) {
            if (!known.contains(key)) {
                throw new PyExpr.Unmapped("key " + key);
            }
            return values.containsKey(key);
        }
    }

    /** Our plain-text value; feedparser's is plain text or HTML (by the feed's type), so either reading counts. */
    record PlainText(String value) implements PyExpr.Semantic {
        @Override
        public boolean matches(Object expected, PyExpr.Evaluation context) {
            String ours = HtmlComparison.squash(value);
            return expected instanceof String s && (ours.equals(HtmlComparison.squash(HtmlComparison.textOf(s)))
                    || ours.equals(HtmlComparison.squash(s)));
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** Our sanitized HTML. */
    record SanitizedHtml(String value) implements PyExpr.Semantic {
        @Override
        public boolean matches(Object expected, PyExpr.Evaluation context) {
            if (!(expected instanceof String s)) {
                return false;
            }
            context.exact &= HtmlComparison.sameMarkup(value, s);
            return HtmlComparison.sameMeaning(value, s);
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /** The charset we read the text in; equal to feedparser's when both name the same charset. */
    record CharsetName(String value) implements PyExpr.Semantic {
        @Override
        public boolean matches(Object expected, PyExpr.Evaluation context) {
            if (!(expected instanceof String s)) {
                return false;
            }
            if (s.equalsIgnoreCase(value)) {
                return true;
            }
            try {
                return Charset.forName(s).equals(Charset.forName(value));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
