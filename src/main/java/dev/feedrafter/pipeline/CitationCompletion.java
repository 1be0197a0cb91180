package dev.feedrafter.pipeline;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.research.CrossrefClient;
import dev.feedrafter.store.CrossrefCacheRepository;
import dev.feedrafter.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the gaps of an article's research citation from Crossref when its DOI is known: the page's own values
 * always win, Crossref only adds what is missing. Answers are kept in the store (a DOI Crossref does not know
 * is asked again after {@value #RETRY_NOT_FOUND_DAYS} days); a failed lookup leaves the citation as it is.
 * After a failure (Crossref down, or no internet) Crossref is not asked for {@link #PAUSE_AFTER_FAILURE}, so a
 * poll never waits a timeout per entry. Runs outside any transaction, so a slow answer never holds the database.
 */
final class CitationCompletion {
    private static final Logger LOG = LoggerFactory.getLogger(CitationCompletion.class);
    static final int RETRY_NOT_FOUND_DAYS = 7;
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofMinutes(10);

    private final Database db;
    private final CrossrefClient client;  // null when Crossref lookups are turned off
    private final Clock clock;
    private volatile Instant pausedUntil = Instant.MIN;

    CitationCompletion(Database db, CrossrefClient client, Clock clock) {
        this.db = db;
        this.client = client;
        this.clock = clock;
    }

    /** Completion as {@code drafts.crossref} configures it (none at all when {@code enabled: false}). */
    static CitationCompletion of(FeedrafterConfig config, Database db, Clock clock) {
        return new CitationCompletion(db, config.drafts().crossref().enabled()
                ? new CrossrefClient(config.drafts().crossref(), config.fetch()) : null, clock);
    }

    /** The article with its citation completed, or the article itself when nothing could be added. */
    Article complete(Article article) {
        Citation own = article.citation();
        if (client == null || own.doi() == null || !hasGaps(own)) {
            return article;
        }
        Optional<Citation> found = lookup(own.doi());
        if (found.isEmpty()) {
            return article;
        }
        if (!sameWork(own, found.get())) {
            LOG.warn("{}: Crossref's title for DOI {} (\"{}\") does not match the page's (\"{}\"); "
                    + "citation left as it is", article.url(), own.doi(), found.get().title(), own.title());
            return article;
        }
        return withCitation(article, own.orElse(found.get()));
    }

    private Optional<Citation> lookup(String doi) {
        Instant now = clock.instant();
        Optional<CrossrefCacheRepository.Cached> cached = db.read(s -> s.crossref().find(doi));
        if (cached.isPresent() && (cached.get().citation() != null
                || cached.get().fetchedAt().isAfter(now.minus(Duration.ofDays(RETRY_NOT_FOUND_DAYS))))) {
            return Optional.ofNullable(cached.get().citation());
        }
        if (now.isBefore(pausedUntil)) {
            return Optional.empty();
        }
        CrossrefClient.Lookup answer = client.lookup(doi);
        if (answer instanceof CrossrefClient.Lookup.Failed failed) {
            pausedUntil = now.plus(PAUSE_AFTER_FAILURE);
            LOG.warn("Crossref lookup of {} failed ({}); the citation stays as the page gives it, and Crossref is "
                    + "not asked again before {}", doi, failed.reason(), pausedUntil);
            return Optional.empty();
        }
        Citation citation = answer instanceof CrossrefClient.Lookup.Found f ? f.work().citation() : null;
        try {
            db.transaction(s -> {
                s.crossref().put(doi, citation, now);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("cannot remember Crossref's answer for {}: {}", doi, e.getMessage());
        }
        return Optional.ofNullable(citation);
    }

    private static boolean hasGaps(Citation c) {
        return c.authors() == null || c.title() == null || c.journal() == null || c.year() == null;
    }

    /** A wrong DOI on a page must not pull in another paper: titles, when both are known, share most words. */
    static boolean sameWork(Citation page, Citation crossref) {
        if (page.title() == null || crossref.title() == null) {
            return true;
        }
        Set<String> a = words(page.title());
        Set<String> b = words(crossref.title());
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size() * 2 >= Math.min(a.size(), b.size());
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
                .split(" ")));
    }

    private static Article withCitation(Article a, Citation c) {
        return new Article(a.url(), a.canonicalUrl(), a.title(), a.authors(), a.published(), a.modified(),
                a.siteName(), a.language(), a.description(), a.summary(), a.keyFacts(), a.bodyText(), a.bodyHtml(),
                a.image(), a.sourceInstitution(), c, a.links(), a.warnings());
    }
}
