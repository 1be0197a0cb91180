package dev.feedrafter.extract;

import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The page's {@code <meta>} tags by lower-cased {@code property}, {@code name} or {@code itemprop}, read once. */
final class MetaTags {
    /** Markup, or an entity left over from double encoding ("Kids&amp;#8217;" in the page reads "Kids&#8217;"). */
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>|&(?:#\\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});");
    private final Map<String, List<String>> values = new HashMap<>();

    private MetaTags() {}

    static MetaTags of(PageElements page) {
        MetaTags tags = new MetaTags();
        for (Element m : page.tagged("meta")) {
            String content = plain(m.attr("content"));
            if (content == null) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String key = m.attr(attr);
                if (!key.isEmpty()) {
                    tags.values.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
                }
            }
        }
        return tags;
    }

    /** The content as plain text: some sites put markup in their titles ("<b>linked</b>"), even a script, or encode twice. */
    private static String plain(String content) {
        String text = MARKUP.matcher(content).find() ? Jsoup.parseBodyFragment(content).text() : content;
        return Texts.firstNonBlank(text);
    }

    /** The first value of the tag, squashed; null when the page has none. */
    String get(String key) {
        List<String> list = values.get(key);
        return list == null ? null : list.get(0);
    }

    /** Every value of a repeatable tag ({@code citation_author}, {@code article:tag}). */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
