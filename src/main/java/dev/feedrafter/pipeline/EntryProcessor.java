package dev.feedrafter.pipeline;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.match.EvidenceClassifier;
import dev.feedrafter.match.MatchText;
import dev.feedrafter.match.RelevanceMatcher;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import dev.feedrafter.publish.DraftFiles;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.EntryRepository;
import dev.feedrafter.store.SeenEntry;
import dev.feedrafter.story.EntryKey;
import dev.feedrafter.util.Texts;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one new or revised entry (or one imported page) from article to stored draft: fetch and extract the page,
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
    private final CitationCompletion citations;
    private final DraftFiles files;
    private final Clock clock;

    EntryProcessor(FeedrafterConfig config, Database db, ArticleLoader loader, RelevanceMatcher matcher,
                   StoryWriter writer, CitationCompletion citations, DraftFiles files, Clock clock) {
        this.config = config;
        this.db = db;
        this.loader = loader;
        this.matcher = matcher;
        this.writer = writer;
        this.citations = citations;
        this.files = files;
        this.clock = clock;
    }

    /** What to process: a feed entry (may be null for an import), its page URL, and how to treat it. */
    record Item(String feedKey, String outletFallback, EntryKey key, FeedEntry entry, URI pageUrl,
                boolean fetchPage, boolean requireRelevance) {}

    /** The article to draft from, and whether the entry's page could not be fetched for a passing reason. */
    private record Read(Article article, boolean pageFailedForNow) {}

    EntryResult process(Item item) {
        Read read = read(item);
        EntryResult result = process(item, read.article());
        if (item.entry() != null && item.fetchPage() && item.pageUrl() != null) {
            // A page that failed for now is tried again at later polls (PollFeed), so the draft gets its text.
            db.transaction(s -> {
                s.entries().notePage(item.feedKey(), item.key().hash(), read.pageFailedForNow());
                return null;
            });
        }
        return result;
    }

    private EntryResult process(Item item, Article article) {
        if (article == null) {
            return new EntryResult(EntryResult.Outcome.FAILED, String.valueOf(item.pageUrl()), null, null,
                    "cannot read the page");
        }
        Relevance relevance = matcher.match(new MatchText(article.title(),
                Texts.orEmpty(article.summary()) + "\n" + Texts.orEmpty(article.description()) + "\n"
                        + String.join("\n", article.keyFacts()), article.bodyText(), article.authors(),
                article.identityUrl()));
        Instant now = clock.instant();
        Source credit = SourceCredit.of(article, item.outletFallback());
        if (item.requireRelevance() && !matcher.accepts(relevance) && !inStory(item)) {
            String why = relevance.vetoedBy() != null ? "excluded term \"" + relevance.vetoedBy() + "\""
                    : relevance.isRelevant() ? "relevance " + relevance.score() + " below min_relevance"
                    : "no service keyword or topic found";
            db.transaction(s -> {
                record(s.entries(), item, article, null, EntryRepository.Outcome.NOT_RELEVANT, why, now);
                return null;
            });
            return new EntryResult(EntryResult.Outcome.NOT_RELEVANT, credit.url(), credit.title(), null, why);
        }
        String nothing = nothingToDraft(article);
        if (nothing != null) {  // reported once: recorded, so later polls skip the entry
            db.transaction(s -> {
                record(s.entries(), item, article, null, EntryRepository.Outcome.NOT_RELEVANT, nothing, now);
                return null;
            });
            return new EntryResult(EntryResult.Outcome.FAILED, credit.url(), credit.title(), null, nothing);
        }
        Article cited = citations.complete(article);
        StoryWriter.Result written = db.transactionRetryingConflict(s -> {
            StoryWriter.Result r = writer.write(s, cited, credit, relevance, EvidenceClassifier.classify(cited), now);
            record(s.entries(), item, cited, r.draft() == null ? null : r.draft().storyId(), switch (r.kind()) {
                case CREATED -> EntryRepository.Outcome.DRAFTED;
                case JOINED, ALREADY_KNOWN -> EntryRepository.Outcome.JOINED;
                case TOMBSTONE -> EntryRepository.Outcome.REJECTED_STORY;
            }, null, now);
            return r;
        });
        if (written.kind() == StoryWriter.Kind.CREATED || written.kind() == StoryWriter.Kind.JOINED) {
            files.write(written.draft(), config.drafts().format());
        }
        EntryResult.Outcome outcome = switch (written.kind()) {
            case CREATED -> EntryResult.Outcome.DRAFTED;
            case JOINED -> EntryResult.Outcome.JOINED;
            case ALREADY_KNOWN -> EntryResult.Outcome.ALREADY_KNOWN;
            case TOMBSTONE -> EntryResult.Outcome.REJECTED_STORY;
        };
        return new EntryResult(outcome, credit.url(), credit.title(), written.draft(), null);
    }

    /**
     * Why an article cannot make a draft (null when it can): a draft credits every source with a link, and says
     * what the source says. A broken feed entry gives neither.
     */
    private static String nothingToDraft(Article article) {
        if (Texts.firstNonBlank(article.identityUrl()) == null) {
            return "the entry has no link, so a draft could not credit it";
        }
        if (Texts.firstNonBlank(article.title(), article.summary(), article.bodyText()) == null) {
            return "nothing to draft: no title and no text";
        }
        return null;
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

    private Read read(Item item) {
        FeedEntry entry = item.entry();
        if (!item.fetchPage() || item.pageUrl() == null) {
            return new Read(entry == null ? null : ArticleMerge.fromEntry(entry), false);
        }
        ArticleLoader.Loaded loaded = loader.load(item.pageUrl());
        if (loaded.article() == null) {
            if (entry == null) {
                throw new PipelineException(loaded.error());  // names the page
            }
            LOG.warn("{}: cannot fetch the article page ({}); drafting from the feed's text{}", item.pageUrl(),
                    loaded.error(), loaded.passing() ? ", and trying the page again at the next poll" : "");
            Article fromFeed = ArticleMerge.fromEntry(entry);
            return new Read(withWarning(fromFeed, "article page not fetched: " + loaded.error()), loaded.passing());
        }
        return new Read(entry == null ? loaded.article() : ArticleMerge.merge(loaded.article(), entry), false);
    }

    private static Article withWarning(Article a, String warning) {
        List<String> warnings = new java.util.ArrayList<>(a.warnings());
        warnings.add(warning);
        return a.withWarnings(warnings);
    }

    /**
     * True when the entry (or imported page) is already part of a story: seen again, it updates that story's
     * draft whatever the topic filters now say of it, as they decide only what starts a story.
     */
    private boolean inStory(Item item) {
        return db.read(s -> s.entries().find(item.feedKey(), item.key().hash())).map(e -> e.storyId() != null)
                .orElse(false);
    }

    /** Records a new entry, or what a revision (or a repeated import) changed of a known one. */
    private static void record(EntryRepository entries, Item item, Article article, Long storyId,
                               EntryRepository.Outcome outcome, String detail, Instant now) {
        String fingerprint = item.entry() == null ? null : EntryFingerprint.of(item.entry());
        Optional<SeenEntry> known = entries.find(item.feedKey(), item.key().hash());
        if (known.isPresent()) {
            entries.revise(known.get(), article.title(), fingerprint, storyId, outcome);
            return;
        }
        String url = item.entry() != null && item.entry().link() != null ? item.entry().link() : article.identityUrl();
        entries.insert(item.feedKey(), item.key().value(), item.key().hash(), url, article.title(),
                article.published(), storyId, outcome, detail, fingerprint, now);
    }
}
