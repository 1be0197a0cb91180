package dev.feedrafter.extract;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.Image;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.HtmlSanitizer;
import dev.feedrafter.util.Texts;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article made from a feed entry alone, for when its page is not fetched (or cannot be). Research-news feeds
 * carry the same labelled parts as their pages — "Summary:", "Key Facts", "Source:", "Original Research:" — so
 * the entry's HTML is read by the same {@link ResearchPartsExtractor}: the summary comes without its label, the
 * key facts as a list, and the body text without the parts read into their own fields.
 */
public final class FeedEntryArticle {
    private FeedEntryArticle() {}

    public static Article of(FeedEntry e) {
        Check.notNull(e, "e");
        Read content = read(Texts.firstNonBlank(e.contentHtml(), e.summaryHtml()), e.link());
        Read summary = e.summaryHtml() == null || e.summaryHtml().equals(e.contentHtml()) ? content
                : read(e.summaryHtml(), e.link());
        String ownSummary = Texts.firstNonBlank(summary.parts().summary(), content.parts().summary());
        String description = Texts.firstNonBlank(summary.parts().summary(), e.summaryText());
        String summaryText = Texts.firstNonBlank(ownSummary, e.summaryText(), content.text());
        String body = Texts.isBlank(content.text()) ? Texts.orEmpty(summaryText) : content.text();
        Citation citation = content.parts().citation();
        if (e.doi() != null) {
            citation = citation.orElse(new Citation(null, null, null, null, e.doi()));
        }
        return new Article(e.link(), null, e.title(), e.authors(), e.published(), e.updated(), null, null,
                description, summaryText, content.parts().keyFacts(), body, content.html(),
                e.image() == null ? null : new Image(e.image(), null, null), content.parts().sourceInstitution(),
                citation, content.parts().links(), e.warnings());
    }

    /** An entry's HTML read like a page: its labelled parts, and its text and HTML without them. */
    private record Read(ResearchParts parts, String text, String html) {}

    private static Read read(String html, String baseUrl) {
        Document doc = Jsoup.parseBodyFragment(Texts.orEmpty(html), Texts.orEmpty(baseUrl));
        PageElements page = PageElements.of(doc);
        ResearchParts parts = ResearchPartsExtractor.read(page, MetaTags.of(page), null, new Origins());
        parts.blocks().forEach(Element::remove);
        return new Read(parts, PlainText.of(List.of(doc.body())), HtmlSanitizer.clean(doc.body(), baseUrl));
    }
}
