package dev.feedrafter.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A small RSS 2.0 feed of the shape research-news sites publish (channel with title, link, optional ttl; items
 * with title, link, guid, pubDate, description), made up for tests that need many feeds or a feed hint.
 */
public final class GeneratedFeed {
    private GeneratedFeed() {}

    /** Items about depression research; {@code ttlMinutes} 0 leaves out the {@code <ttl>}. Links point at {@code base}. */
    public static String rss(String title, String base, int items, int ttlMinutes) {
        return rss(title, base, items, ttlMinutes, "depression");
    }

    /** Items about {@code topic}. */
    public static String rss(String title, String base, int items, int ttlMinutes, String topic) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n")
                .append("<title>").append(title).append("</title>\n<link>").append(base).append("/</link>\n")
                .append("<description>Research news</description>\n");
        if (ttlMinutes > 0) {
            s.append("<ttl>").append(ttlMinutes).append("</ttl>\n");
        }
        Instant published = Instant.parse("2026-11-20T14:00:00Z");
        for (int i = 1; i <= items; i++) {
            String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-story-" + i;
            s.append("<item>\n<title>").append(title).append(": ").append(topic).append(" study ").append(i).append("</title>\n")
                    .append("<link>").append(base).append("/").append(slug).append("/</link>\n")
                    .append("<guid isPermaLink=\"false\">").append(base).append("/?p=").append(slug).append("</guid>\n")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            published.minusSeconds(3600L * i).atOffset(ZoneOffset.UTC))).append("</pubDate>\n")
                    .append("<description><![CDATA[<p>Researchers report new findings on ").append(topic).append(" in study ")
                    .append(i).append(".</p>]]></description>\n</item>\n");
        }
        return s.append("</channel>\n</rss>\n").toString();
    }
}
