package dev.feedrafter.pipeline;

import dev.feedrafter.draft.ComposedDraft;
import dev.feedrafter.draft.DraftComposer;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Review;
import dev.feedrafter.model.Source;
import dev.feedrafter.model.SourceChange;
import dev.feedrafter.store.Store;
import dev.feedrafter.store.StoredSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings a stored draft up to date with its story after a poll. A draft no editor has touched simply takes the
 * newly composed front matter and body. An edited draft keeps its body (edits are never overwritten) and the
 * review of that body, takes the new front matter, and records each source change since the edit in
 * {@code source_changes}, so the editor sees that the sources moved under their text.
 */
final class DraftRefresh {
    private DraftRefresh() {}

    /**
     * @param revised a known report that came back with new text (perhaps at a new address), or null when the
     *                poll only added one
     */
    static Draft apply(Store s, DraftComposer composer, Draft current, ComposedDraft composed, Source revised,
                       Instant now) {
        if (!current.edited()) {
            return s.drafts().refresh(current.id(), composed.meta(), composed.bodyMarkdown(), now);
        }
        List<SourceChange> changes = new ArrayList<>(current.meta().sourceChanges());
        changes.addAll(changes(current.meta().sources(), composed.meta().sources(), revised, now));
        List<Article> articles = s.stories().sources(current.storyId()).stream().map(StoredSource::article).toList();
        Review review = composer.review(composed.meta().title(), current.bodyMarkdown(), composed.meta(), articles);
        FrontMatter meta = composed.meta().withSourceChanges(changes).withReview(review);
        return s.drafts().refresh(current.id(), meta, composed.bodyMarkdown(), now);
    }

    /** Outlets added since {@code before}, and known ones whose credit changed or that were {@code revised}. */
    static List<SourceChange> changes(List<Source> before, List<Source> after, Source revised, Instant now) {
        Map<String, Source> known = before.stream().collect(Collectors.toMap(Source::url, Function.identity(),
                (a, b) -> a));
        List<SourceChange> out = new ArrayList<>();
        for (Source s : after) {
            Source old = known.get(s.url());
            if (revised != null && Objects.equals(revised.url(), s.url()) || old != null && !old.equals(s)) {
                out.add(new SourceChange(now, SourceChange.Change.UPDATED, s));
            } else if (old == null) {
                out.add(new SourceChange(now, SourceChange.Change.ADDED, s));
            }
        }
        return out;
    }

    /**
     * True when a report seen again at a known address says something new: another title, author or date, or
     * other text. (Not the outlet's name, which may come from a feed or an import, nor the citation, which
     * Crossref may have completed.)
     */
    static boolean isRevised(StoredSource known, Source credit, Article article) {
        Article old = known.article();
        Source was = known.source();
        return !Objects.equals(was.title(), credit.title()) || !Objects.equals(was.author(), credit.author())
                || !Objects.equals(was.published(), credit.published()) || !Objects.equals(old.title(), article.title())
                || !Objects.equals(old.summary(), article.summary()) || !old.keyFacts().equals(article.keyFacts())
                || !Objects.equals(old.bodyText(), article.bodyText());
    }
}
