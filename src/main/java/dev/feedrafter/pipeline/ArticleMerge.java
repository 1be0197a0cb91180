package dev.feedrafter.pipeline;

import dev.feedrafter.extract.FeedEntryArticle;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;

/** Combines what the feed says of an entry with what its page says; the page wins, the feed fills gaps. */
final class ArticleMerge {
    private ArticleMerge() {}

    /** An article made from the feed entry alone (when pages are not fetched, or the fetch failed). */
    static Article fromEntry(FeedEntry e) {
        return FeedEntryArticle.of(e);
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
