package dev.feedrafter.pipeline;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.draft.ComposedDraft;
import dev.feedrafter.draft.DraftComposer;
import dev.feedrafter.draft.DraftInput;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import dev.feedrafter.store.Store;
import dev.feedrafter.store.StoredSource;
import dev.feedrafter.store.Story;
import dev.feedrafter.story.StoryIdentity;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Attaches a report to its story — an existing one with the same DOI or canonical URL, or a new one — and
 * writes the story's draft. Runs inside the caller's transaction. A draft an editor changed keeps its body;
 * only its front matter (e.g. the list of sources) follows new reports.
 */
final class StoryWriter {
    /** What happened to the report (JOINED also when a known report came back with new text). */
    enum Kind { CREATED, JOINED, ALREADY_KNOWN }

    record Result(Kind kind, Draft draft) {}

    private final FeedrafterConfig config;
    private final DraftComposer composer;

    StoryWriter(FeedrafterConfig config, DraftComposer composer) {
        this.config = config;
        this.composer = composer;
    }

    Result write(Store s, Article article, Source credit, Relevance relevance, Evidence evidence, Instant now) {
        StoryIdentity identity = StoryIdentity.of(article);
        Optional<Story> existing = s.stories().findByIdentity(identity);
        if (existing.isEmpty()) {
            Story story = s.stories().create(credit.title(), identity, evidence, now);
            s.stories().addSource(story.id(), credit, article, now);
            ComposedDraft composed = compose(article, credit, List.of(credit), relevance, evidence, article.citation());
            return new Result(Kind.CREATED, s.drafts().create(story.id(), composed.meta(), composed.bodyMarkdown(), now));
        }
        Story story = existing.get();
        List<StoredSource> known = s.stories().sources(story.id());
        Optional<Draft> draft = s.drafts().findByStory(story.id());
        Optional<StoredSource> same = known.stream().filter(k -> k.source().url().equals(credit.url())).findFirst();
        if (same.isPresent() && !DraftRefresh.isRevised(same.get(), credit, article)) {
            return new Result(Kind.ALREADY_KNOWN, draft.orElse(null));
        }
        if (same.isPresent()) {
            s.stories().updateSource(same.get().id(), credit, article);
        } else {
            s.stories().addSource(story.id(), credit, article, now);
        }
        if (identity.doi() != null) {
            s.stories().setDoiIfMissing(story.id(), identity.doi());
        }
        List<StoredSource> all = s.stories().sources(story.id());
        StoredSource lead = all.stream().min(Comparator.comparing(StoredSource::addedAt)
                .thenComparingLong(StoredSource::id)).orElseThrow();
        Citation research = all.stream().map(x -> x.article().citation())
                .reduce(lead.article().citation(), Citation::orElse);
        Relevance best = draft.map(d -> better(relevanceOf(d.meta()), relevance)).orElse(relevance);
        ComposedDraft composed = compose(lead.article(), lead.source(), all.stream().map(StoredSource::source).toList(),
                best, story.evidence(), research);
        Draft written = draft.isPresent()
                ? DraftRefresh.apply(s, composer, draft.get(), composed, same.isPresent() ? credit : null, now)
                : s.drafts().create(story.id(), composed.meta(), composed.bodyMarkdown(), now);
        return new Result(Kind.JOINED, written);
    }

    private ComposedDraft compose(Article lead, Source leadSource, List<Source> sources, Relevance relevance,
                                  Evidence evidence, Citation research) {
        return composer.compose(new DraftInput(config.clinic(), lead, leadSource, sources, relevance, evidence,
                research, config.drafts().quoteMaxWords()));
    }

    private static Relevance relevanceOf(FrontMatter m) {
        return new Relevance(m.relevance(), m.services(), m.topics(), m.relevanceExplained(), null);
    }

    private static Relevance better(Relevance a, Relevance b) {
        return b.score() > a.score() ? b : a;
    }
}
