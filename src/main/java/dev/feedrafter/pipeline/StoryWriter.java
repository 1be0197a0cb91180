package dev.feedrafter.pipeline;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.draft.ComposedDraft;
import dev.feedrafter.draft.DraftComposer;
import dev.feedrafter.draft.DraftInput;
import dev.feedrafter.match.EvidenceClassifier;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import dev.feedrafter.store.Store;
import dev.feedrafter.store.StoredSource;
import dev.feedrafter.store.Story;
import dev.feedrafter.story.StoryIdentity;
import dev.feedrafter.util.Urls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Attaches a report to its story — an existing one with the same research (DOI, PubMed or trial id), the
 * same canonical URL or near-identical text, or a new one — and writes the story's draft. Runs inside the
 * caller's transaction. A draft an editor changed keeps its body; only its front matter (e.g. the sources)
 * follows new reports. A story whose draft was rejected or deleted is a tombstone: nothing brings it back.
 */
final class StoryWriter {
    /** What happened to the report (JOINED also when a known report came back with new text). */
    enum Kind { CREATED, JOINED, ALREADY_KNOWN, TOMBSTONE }

    record Result(Kind kind, Draft draft) {}

    private final FeedrafterConfig config;
    private final DraftComposer composer;

    StoryWriter(FeedrafterConfig config, DraftComposer composer) {
        this.config = config;
        this.composer = composer;
    }

    Result write(Store s, Article article, Source credit, Relevance relevance, Evidence evidence, Instant now) {
        StoryIdentity identity = StoryIdentity.of(article);
        Optional<Story> existing = s.stories().findByIdentity(identity, now);
        if (existing.isEmpty()) {
            Story story = s.stories().create(credit.title(), identity, evidence, now);
            s.stories().addSource(story.id(), credit, article, now);
            ComposedDraft composed = compose(article, credit, List.of(credit), List.of(article), relevance, evidence,
                    article.citation());
            return new Result(Kind.CREATED, s.drafts().create(story.id(), composed.meta(), composed.bodyMarkdown(), now));
        }
        Story story = existing.get();
        Optional<Draft> draft = s.drafts().findByStory(story.id());
        if (draft.isEmpty() || draft.get().status() == DraftStatus.REJECTED) {
            return new Result(Kind.TOMBSTONE, draft.orElse(null));
        }
        List<StoredSource> known = s.stories().sources(story.id());
        Optional<StoredSource> same = known.stream().filter(k -> sameReport(k.source(), credit)).findFirst();
        if (same.isPresent() && !DraftRefresh.isRevised(same.get(), credit, article)) {
            return new Result(Kind.ALREADY_KNOWN, draft.get());
        }
        if (same.isPresent()) {
            s.stories().updateSource(same.get().id(), credit, article);
        } else {
            s.stories().addSource(story.id(), credit, article, now);
        }
        s.stories().completeIdentity(story.id(), identity);
        List<StoredSource> all = s.stories().sources(story.id());
        StoredSource lead = all.stream().min(Comparator.comparing(StoredSource::addedAt)
                .thenComparingLong(StoredSource::id)).orElseThrow();
        Citation research = all.stream().map(x -> x.article().citation())
                .reduce(lead.article().citation(), Citation::orElse);
        Relevance best = better(relevanceOf(draft.get().meta()), relevance);
        List<Article> reports = new ArrayList<>(List.of(lead.article()));
        all.stream().filter(x -> x != lead).map(StoredSource::article).forEach(reports::add);
        ComposedDraft composed = compose(lead.article(), lead.source(), all.stream().map(StoredSource::source).toList(),
                reports, best, evidence(story.evidence(), reports), research);
        return new Result(Kind.JOINED, DraftRefresh.apply(s, composer, draft.get(), composed,
                same.isPresent() ? credit : null, now));
    }

    /**
     * The same report seen again: the same page, or another page of the same outlet (a republished item with
     * an edited slug), so each outlet is credited once.
     */
    private static boolean sameReport(Source known, Source incoming) {
        return Urls.identity(known.url()).equals(Urls.identity(incoming.url()))
                || known.name() != null && known.name().equalsIgnoreCase(incoming.name());
    }

    private ComposedDraft compose(Article lead, Source leadSource, List<Source> sources, List<Article> reports,
                                  Relevance relevance, Evidence evidence, Citation research) {
        return composer.compose(new DraftInput(config.clinic(), lead, leadSource, sources, reports, relevance, evidence,
                research, config.drafts().quoteMaxWords()));
    }

    /**
     * The story's evidence type as first classified; when that report could not tell (a feed's short text), the
     * first of the reports that can (the next outlet's full page names the mice or the randomized trial).
     */
    private static Evidence evidence(Evidence first, List<Article> reports) {
        if (first != Evidence.UNKNOWN) {
            return first;
        }
        return reports.stream().map(EvidenceClassifier::classify).filter(e -> e != Evidence.UNKNOWN).findFirst()
                .orElse(Evidence.UNKNOWN);
    }

    private static Relevance relevanceOf(FrontMatter m) {
        return new Relevance(m.relevance(), m.services(), m.topics(), m.relevanceExplained(), null);
    }

    private static Relevance better(Relevance a, Relevance b) {
        return b.score() > a.score() ? b : a;
    }
}
