package dev.feedrafter.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it: navigation, share bars, comments, related posts
 * and the like are unlikely to hold the article; "article", "content", "entry", "post" likely are. Words are
 * matched as parts of the lower-cased names ("comment" also matches "comments-area"), as readability does.
 */
final class ClassWeight {
    /** Containers that are almost never the article, skipped when scoring. */
    private static final String[] UNLIKELY = {"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment",
        "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "cookie", "consent", "header", "legends",
        "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
        "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter",
        "subscribe", "signup", "share", "sharing", "promo", "outbrain", "taboola", "recommend", "trending",
        "most-popular", "mostpopular", "read-more", "readmore", "more-stories", "paywall", "modal", "masthead",
        "navbar", "toolbar", "tag-list", "taglist", "author-bio", "authorbio", "print-only"};
    /** Words that save an element from {@link #UNLIKELY}. */
    private static final String[] MAYBE = {"and", "article", "body", "column", "content", "main", "shadow",
        "entry", "story", "text"};
    private static final String[] NEGATIVE = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
        "foot", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
        "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "byline", "author",
        "dateline", "timestamp", "newsletter", "subscribe", "caption", "credit", "disclaimer", "copyright", "nav",
        "menu", "breadcrumb", "social"};
    private static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "h-entry", "main",
        "page", "pagination", "post", "text", "blog", "story", "paragraph", "prose", "rich-text", "richtext"};
    /** Short parts around the text: bylines, dates, share bars, tag lists, "read more" links. */
    private static final String[] BYLINE = {"byline", "author", "dateline", "timestamp", "writtenby", "pubdate",
        "published", "posted-on", "post-date", "article-date", "entry-date", "article-meta", "post-meta",
        "entry-meta", "meta-data", "article__meta", "share", "social", "tags", "related", "newsletter",
        "subscribe", "promo", "advert", "read-more", "readmore"};

    private ClassWeight() {}

    /** The lower-cased class names and id of an element, one string ("" when it has neither). */
    static String marker(Element e) {
        String cls = e.attr("class");
        String id = e.id();
        String m = id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
        return m.toLowerCase(Locale.ROOT);
    }

    /** True for a container that navigation, comments, share bars and kin are made of. */
    static boolean unlikely(Element e) {
        String marker = marker(e);
        return !marker.isEmpty() && (any(marker, UNLIKELY) || hasWord(marker, "ad") || hasWord(marker, "ads"))
                && !any(marker, MAYBE);
    }

    /** True for a short part around the text: byline, date, share bar, tag list, "read more". */
    static boolean byline(Element e) {
        String marker = marker(e);
        return !marker.isEmpty() && (any(marker, BYLINE) || hasWord(marker, "ad") || hasWord(marker, "ads"));
    }

    /** Readability's class weight: -25 or +25 for each of class and id. */
    static int of(Element e) {
        return weight(e.attr("class").toLowerCase(Locale.ROOT)) + weight(e.id().toLowerCase(Locale.ROOT));
    }

    private static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int w = any(name, NEGATIVE) || hasWord(name, "hid") ? -25 : 0;
        return any(name, POSITIVE) ? w + 25 : w;
    }

    private static boolean any(String marker, String[] words) {
        for (String w : words) {
            if (marker.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} appears as a whole dash-, underscore- or space-separated part of the marker. */
    static boolean hasWord(String marker, String word) {
        int from = 0;
        while (true) {
            int at = marker.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(marker.charAt(at - 1)))
                    && (end == marker.length() || !Character.isLetterOrDigit(marker.charAt(end)))) {
                return true;
            }
            from = at + 1;
        }
    }
}
