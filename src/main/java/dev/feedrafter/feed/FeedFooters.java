package dev.feedrafter.feed;

import java.util.regex.Pattern;

/**
 * The line that WordPress SEO plugins append to every entry of a feed, "The post <a>Title</a> appeared first on
 * <a>Site</a>.": it credits the feed's own site in every summary, so it is not the entry's text.
 */
final class FeedFooters {
    private static final Pattern APPEARED_FIRST_ON = Pattern.compile("(?is)(?:<p(?:\\s[^>]*)?>\\s*)?The post\\s"
            + "(?:(?!</?p[\\s>]).){1,2000}?\\sappeared first on\\s(?:(?!</?p[\\s>]).){1,500}?(?:</p>\\s*)?$");

    private FeedFooters() {}

    /** The entry's HTML without a closing "The post … appeared first on …" line; null stays null. */
    static String strip(String html) {
        if (html == null || !html.contains("appeared first on")) {
            return html;
        }
        return APPEARED_FIRST_ON.matcher(html.strip()).replaceFirst("");
    }
}
