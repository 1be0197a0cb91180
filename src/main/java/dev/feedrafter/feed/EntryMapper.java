package dev.feedrafter.feed;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.util.HtmlSanitizer;
import dev.feedrafter.util.Texts;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Copies one ROME entry into our {@link FeedEntry} at once, so no ROME bean travels further. */
final class EntryMapper {
    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/[^\\s\"<>]+)");

    private EntryMapper() {}

    static FeedEntry map(SyndEntry e, String baseUrl, Instant fetchedAt) {
        List<String> warnings = new ArrayList<>();
        String link = resolve(baseUrl, Texts.firstNonBlank(e.getLink(), firstLink(e)));
        String title = plain(e.getTitle());
        String summaryHtml = e.getDescription() == null ? null : e.getDescription().getValue();
        String contentHtml = content(e);
        Instant published = e.getPublishedDate() == null ? null : e.getPublishedDate().toInstant();
        Instant updated = e.getUpdatedDate() == null ? null : e.getUpdatedDate().toInstant();
        if (published == null && updated == null) {
            warnings.add("no readable date; using the fetch time");
            published = fetchedAt;
        } else if (published == null) {
            published = updated;
        }
        if (link == null) {
            warnings.add("no link");
        }
        String cleanSummary = HtmlSanitizer.clean(summaryHtml, link);
        String cleanContent = HtmlSanitizer.clean(contentHtml, link);
        return new FeedEntry(id(e, link, title, published), link, title, cleanSummary,
                HtmlSanitizer.text(cleanSummary), cleanContent, HtmlSanitizer.text(cleanContent), authors(e),
                published, updated, categories(e), image(e, contentHtml, link), doi(e, link), null, warnings);
    }

    private static String id(SyndEntry e, String link, String title, Instant published) {
        String uri = Texts.firstNonBlank(e.getUri());
        if (uri != null) {
            return uri;
        }
        if (link != null) {
            return link;
        }
        return "sha256:" + sha256(Texts.orEmpty(title) + "|" + published);
    }

    private static String firstLink(SyndEntry e) {
        return e.getLinks().isEmpty() ? null : e.getLinks().get(0).getHref();
    }

    private static String content(SyndEntry e) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                html.append(c.getValue());
            }
        }
        return html.length() == 0 ? null : html.toString();
    }

    private static List<String> authors(SyndEntry e) {
        List<String> names = new ArrayList<>();
        for (SyndPerson p : e.getAuthors()) {
            names.add(p.getName());
        }
        if (names.isEmpty() && e.getAuthor() != null) {
            names.add(e.getAuthor());
        }
        return Texts.cleanList(names.stream().map(EntryMapper::plain).toList());
    }

    private static List<String> categories(SyndEntry e) {
        List<String> names = new ArrayList<>();
        for (SyndCategory c : e.getCategories()) {
            names.add(plain(c.getName()));
        }
        return Texts.cleanList(names);
    }

    private static String image(SyndEntry e, String contentHtml, String link) {
        if (e.getModule(MediaEntryModule.URI) instanceof MediaEntryModule media) {
            for (MediaContent c : media.getMediaContents()) {
                if (c.getReference() != null && (c.getMedium() == null || "image".equals(c.getMedium())
                        || String.valueOf(c.getType()).startsWith("image/"))) {
                    return resolve(link, c.getReference().toString());
                }
            }
            if (media.getMetadata() != null) {
                for (Thumbnail t : media.getMetadata().getThumbnail()) {
                    if (t.getUrl() != null) {
                        return resolve(link, t.getUrl().toString());
                    }
                }
            }
        }
        for (SyndEnclosure enc : e.getEnclosures()) {
            if (enc.getType() != null && enc.getType().startsWith("image/") && enc.getUrl() != null) {
                return resolve(link, enc.getUrl());
            }
        }
        if (contentHtml != null) {
            var img = Jsoup.parseBodyFragment(contentHtml, link == null ? "" : link).selectFirst("img[src]");
            if (img != null && !img.absUrl("src").isEmpty()) {
                return img.absUrl("src");
            }
        }
        return null;
    }

    private static String doi(SyndEntry e, String link) {
        for (String candidate : new String[] {e.getUri(), link}) {
            if (candidate != null && candidate.contains("doi.org/")) {
                Matcher m = DOI.matcher(candidate);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** Plain text of a title-like value: entities decoded, inline markup dropped. */
    static String plain(String value) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('<') >= 0 || value.indexOf('&') >= 0 ? Jsoup.parse(value).text() : value;
        return Texts.squash(text);
    }

    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        try {
            return base == null ? URI.create(trimmed).toString() : URI.create(base).resolve(trimmed).toString();
        } catch (IllegalArgumentException e) {
            return trimmed;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
