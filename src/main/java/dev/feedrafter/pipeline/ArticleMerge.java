package dev.feedrafter.pipeline;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.Image;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;

/** Combines what the feed says of an entry with what its page says; the page wins, the feed fills gaps. */
final class ArticleMerge {
    private ArticleMerge() {}

    /** An article made from the feed entry alone (when pages are not fetched, or the fetch failed). */
    static Article fromEntry(FeedEntry e) {
        String body = Texts.firstNonBlank(e.contentText(), e.summaryText());
        return new Article(e.link(), null, e.title(), e.authors(), e.published(), e.updated(), null, null,
                e.summaryText(), Texts.firstNonBlank(e.summaryText(), e.contentText()), List.of(),
                body == null ? "" : body, Texts.firstNonBlank(e.contentHtml(), e.summaryHtml(), ""),
                e.image() == null ? null : new Image(e.image(), null, null), null,
                e.doi() == null ? Citation.NONE : new Citation(null, null, null, null, e.doi()), null, e.warnings());
    }

    static Article merge(Article page, FeedEntry e) {
        Article feed = fromEntry(e);
        List<String> warnings = new ArrayList<>(page.warnings());
        warnings.addAll(e.warnings());
        return new Article(page.url(), page.canonicalUrl(), Texts.firstNonBlank(page.title(), feed.title()),
                page.authors().isEmpty() ? feed.authors() : page.authors(),
                page.published() != null ? page.published() : feed.published(),
                page.modified(), page.siteName(), page.language(), page.description(),
                Texts.firstNonBlank(page.summary(), feed.summary()), page.keyFacts(),
                page.bodyText().isBlank() ? feed.bodyText() : page.bodyText(),
                page.bodyHtml().isBlank() ? feed.bodyHtml() : page.bodyHtml(),
                page.image() != null ? page.image() : feed.image(), page.sourceInstitution(),
                page.citation().orElse(feed.citation()), page.links(), warnings, page.details());
    }
}
