package dev.feedrafter.feed;

import dev.feedrafter.util.Hashes;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.util.HtmlSanitizer;
import dev.feedrafter.util.Mojibake;
import dev.feedrafter.util.Texts;
import dev.feedrafter.util.Urls;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Turns a {@link RawEntry} into the normalized {@link FeedEntry}: links resolved and trimmed, title as plain
 * text, summary and content sanitized (with their plain text, and without the "appeared first on" line of
 * {@link FeedFooters}), dates read with {@link FeedDates} (a missing or unreadable date is a warning and the
 * fetch time stands in), the id chosen (GUID, else the cleaned link, else a hash of title and date), DOI and
 * PMID found.
 */
final class EntryNormalizer {
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");
    private EntryNormalizer() {}

    static FeedEntry normalize(RawEntry raw, Instant fetchedAt) {
        List<String> warnings = new ArrayList<>();
        String link = safeLink(Links.resolve(raw.base(), raw.link()), warnings);
        String base = link != null && raw.base() == null ? link : raw.base();
        // Text that someone upstream decoded as Latin-1 ("â€™") is repaired before it is cleaned.
        HtmlSanitizer.Sanitized summary = HtmlSanitizer.sanitize(FeedFooters.strip(Mojibake.repair(raw.summaryHtml())),
                base);
        HtmlSanitizer.Sanitized content = HtmlSanitizer.sanitize(FeedFooters.strip(Mojibake.repair(raw.contentHtml())),
                base);
        Instant updated = date(raw.updated(), warnings).orElse(null);
        Instant published = date(raw.published(), warnings).orElse(updated);
        if (published == null) {
            warnings.add(raw.published().text() == null && raw.updated().text() == null
                    ? "no date; using the fetch time" : "no readable date; using the fetch time");
            published = fetchedAt.truncatedTo(ChronoUnit.SECONDS);  // whole seconds, like every date a feed gives
        }
        String title = Texts.firstNonBlank(Mojibake.repair(raw.title()));
        String guid = Texts.firstNonBlank(raw.guid());
        String id = guid != null ? guid : link != null ? Urls.clean(link)
                : "sha256:" + Hashes.sha256(Texts.orEmpty(title) + "|" + published);
        List<String> idCandidates = new ArrayList<>(raw.identifiers());
        idCandidates.add(guid);
        idCandidates.add(link);
        Identifiers.Found ids = identifiers(idCandidates, content, summary);
        return new FeedEntry(id, link, title, summary.html(), summary.text(), content.html(), content.text(),
                raw.authors().stream().map(Mojibake::repair).toList(), published, updated,
                Texts.cleanList(raw.categories().stream().map(Mojibake::repair).toList()), image(raw, content, base),
                ids.doi(), ids.pmid(), warnings);
    }

    /** The DOI and PMID from the item's identifiers, else from the links and text of its summary and content. */
    private static Identifiers.Found identifiers(List<String> idCandidates, HtmlSanitizer.Sanitized... texts) {
        String doi = Identifiers.doi(idCandidates);
        String pmid = Identifiers.pmid(idCandidates);
        if (doi == null || pmid == null) {
            List<String> inText = new ArrayList<>();
            for (HtmlSanitizer.Sanitized t : texts) {
                if (!t.html().isEmpty()) {
                    Jsoup.parseBodyFragment(t.html()).select("a[href]").forEach(a -> inText.add(a.attr("href")));
                    inText.add(t.text());
                }
            }
            doi = doi != null ? doi : Identifiers.doi(inText);
            pmid = pmid != null ? pmid : Identifiers.pmidInText(inText);
        }
        return new Identifiers.Found(doi, pmid);
    }

    private static String safeLink(String link, List<String> warnings) {
        if (link != null && !Links.isSafe(link)) {
            warnings.add("dropped a script or data link");
            return null;
        }
        return link;
    }

    private static Optional<Instant> date(RawEntry.DateValue value, List<String> warnings) {
        if (value.text() == null || value.text().isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> parsed = FeedDates.parse(value.text());
        if (parsed.isEmpty()) {
            warnings.add("unreadable date \"" + Texts.truncate(Texts.squash(value.text()), 60) + "\" in <"
                    + value.element() + ">");
        }
        return parsed;
    }

    /** Media RSS, enclosure or JSON Feed image first, else the first picture of the content; http(s) only. */
    private static String image(RawEntry raw, HtmlSanitizer.Sanitized content, String base) {
        for (String candidate : raw.images()) {
            String url = Links.resolve(base, candidate);
            if (Urls.isWeb(url)) {
                return url;
            }
        }
        return content.imageUrls().isEmpty() ? null : content.imageUrls().get(0);
    }

    /**
     * Plain text of a title-like value: {@code html} says whether the feed marked it as HTML (true), as
     * plain text (false) or did not say (null: decoded when it looks like markup or holds entities).
     */
    static String plainText(String value, Boolean html) {
        if (value == null) {
            return null;
        }
        boolean decode = html != null ? html : value.indexOf('&') >= 0 || MARKUP.matcher(value).find();
        return Texts.squash(decode ? Jsoup.parseBodyFragment(value).text() : value);
    }
}
