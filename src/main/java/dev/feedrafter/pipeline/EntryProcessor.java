package dev.feedrafter.pipeline;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.match.MatchText;
import dev.feedrafter.match.RelevanceMatcher;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import dev.feedrafter.publish.DraftFiles;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.EntryRepository;
import dev.feedrafter.story.EntryKey;
import dev.feedrafter.util.Texts;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one new entry (or one imported page) from article to stored draft: fetch and extract the page,
 * match it, attach it to its story and write the draft, all of the storing in one transaction. The draft
 * file is written after the commit.
 */
final class EntryProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(EntryProcessor.class);

    private final FeedrafterConfig config;
    private final Database db;
    private final ArticleLoader loader;
    private final RelevanceMatcher matcher;
    private final StoryWriter writer;
    private final DraftFiles files;
    private final Clock clock;

    EntryProcessor(FeedrafterConfig config, Database db, ArticleLoader loader, RelevanceMatcher matcher,
                   StoryWriter writer, DraftFiles files, Clock clock) {
        this.config = config;
        this.db = db;
        this.loader = loader;
        this.matcher = matcher;
        this.writer = writer;
        this.files = files;
        this.clock = clock;
    }

    /** What to process: a feed entry (may be null for an import), its page URL, and how to treat it. */
    record Item(String feedKey, String outletFallback, EntryKey key, FeedEntry entry, URI pageUrl,
                boolean fetchPage, boolean requireRelevance) {}

    EntryResult process(Item item) {
        Article article = article(item);
        if (article == null) {
            return new EntryResult(EntryResult.Outcome.FAILED, String.valueOf(item.pageUrl()), null, null,
                    "cannot read the page");
        }
        Relevance relevance = matcher.match(new MatchText(article.title(),
                Texts.orEmpty(article.summary()) + "\n" + Texts.orEmpty(article.description()),
                article.bodyText() + "\n" + String.join("\n", article.keyFacts())));
        Instant now = clock.instant();
        Source credit = SourceCredit.of(article, item.outletFallback());
        if (item.requireRelevance() && !relevance.isRelevant()) {
            String why = relevance.vetoedBy() != null ? "excluded term \"" + relevance.vetoedBy() + "\""
                    : "no service keyword or topic found";
            db.transaction(s -> {
                record(s.entries(), item, article, null, EntryRepository.Outcome.NOT_RELEVANT, why, now);
                return null;
            });
            return new EntryResult(EntryResult.Outcome.NOT_RELEVANT, credit.url(), credit.title(), null, why);
        }
        StoryWriter.Result written = db.transaction(s -> {
            StoryWriter.Result r = writer.write(s, article, credit, relevance, Evidence.UNKNOWN, now);
            record(s.entries(), item, article, r.draft() == null ? null : r.draft().storyId(),
                    r.kind() == StoryWriter.Kind.CREATED ? EntryRepository.Outcome.DRAFTED
                            : EntryRepository.Outcome.JOINED, null, now);
            return r;
        });
        if (written.draft() != null && written.kind() != StoryWriter.Kind.ALREADY_KNOWN
                && written.draft().status() != DraftStatus.REJECTED) {
            files.write(written.draft(), config.drafts().format());
        }
        EntryResult.Outcome outcome = switch (written.kind()) {
            case CREATED -> EntryResult.Outcome.DRAFTED;
            case JOINED -> EntryResult.Outcome.JOINED;
            case ALREADY_KNOWN -> EntryResult.Outcome.ALREADY_KNOWN;
        };
        return new EntryResult(outcome, credit.url(), credit.title(), written.draft(), null);
    }

    /** Records an entry that is too old to draft, so that later polls skip it too. */
    void recordTooOld(Item item) {
        Instant now = clock.instant();
        db.transaction(s -> {
            record(s.entries(), item, ArticleMerge.fromEntry(item.entry()), null, EntryRepository.Outcome.TOO_OLD,
                    null, now);
            return null;
        });
    }

    private Article article(Item item) {
        FeedEntry entry = item.entry();
        if (!item.fetchPage() || item.pageUrl() == null) {
            return entry == null ? null : ArticleMerge.fromEntry(entry);
        }
        ArticleLoader.Loaded loaded = loader.load(item.pageUrl());
        if (loaded.article() == null) {
            if (entry == null) {
                throw new PipelineException(item.pageUrl() + ": " + loaded.error());
            }
            LOG.warn("{}: cannot fetch the article page ({}); drafting from the feed's text", item.pageUrl(),
                    loaded.error());
            Article fromFeed = ArticleMerge.fromEntry(entry);
            return withWarning(fromFeed, "article page not fetched: " + loaded.error());
        }
        return entry == null ? loaded.article() : ArticleMerge.merge(loaded.article(), entry);
    }

    private static Article withWarning(Article a, String warning) {
        List<String> warnings = new java.util.ArrayList<>(a.warnings());
        warnings.add(warning);
        return a.withWarnings(warnings);
    }

    private static void record(EntryRepository entries, Item item, Article article, Long storyId,
                               EntryRepository.Outcome outcome, String detail, Instant now) {
        if (entries.exists(item.feedKey(), item.key().hash())) {
            return;  // a repeated import of the same page
        }
        entries.insert(item.feedKey(), item.key().value(), item.key().hash(), article.identityUrl(), article.title(),
                article.published(), storyId, outcome, detail, now);
    }
}
