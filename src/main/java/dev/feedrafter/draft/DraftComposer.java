package dev.feedrafter.draft;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Image;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Review;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.Texts;
import dev.feedrafter.util.Urls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a draft for a story: reader-facing headline, slug, front matter, a body from the template (quoting
 * at most the budget of the source's words), and the review of that body (flags, quoted words, overlap).
 */
public final class DraftComposer {
    private final DraftTemplate template;
    private final DraftReviewer reviewer;

    public DraftComposer(DraftTemplate template, DraftReviewer reviewer) {
        this.template = Check.notNull(template, "template");
        this.reviewer = Check.notNull(reviewer, "reviewer");
    }

    /** The composer configured by {@code drafts.*}; a broken template is a {@code ConfigException}. */
    public static DraftComposer of(FeedrafterConfig config) {
        Check.notNull(config, "config");
        return new DraftComposer(DraftTemplate.of(DraftTemplate.Kind.BODY, config.drafts().template()),
                DraftReviewer.of(config));
    }

    public ComposedDraft compose(DraftInput in) {
        Check.notNull(in, "in");
        Article lead = in.lead();
        Relevance relevance = in.relevance();
        String sourceTitle = Texts.firstNonBlank(lead.title(), in.leadSource().title());
        Population population = Population.of(in.reports());
        List<String> topics = mostMatchedFirst(relevance);
        String headline = Headline.of(subjectTerm(relevance.explained(), topics).orElse(null),
                Headline.focus(topics, relevance.services()), in.evidence(), population, sourceTitle);
        FrontMatter meta = new FrontMatter(headline, Slugs.of(sourceTitle == null ? headline : sourceTitle),
                relevance.services(), topics, relevance.score(), relevance.explained(), in.sources(),
                in.evidence(), research(in.research()), webImage(lead.image()));
        QuoteBudget quote = QuoteBudget.spend(lead.summary(), lead.keyFacts(), in.quoteMaxWords());
        String body = template.render(DraftContext.of(in, meta, quote, population));
        return new ComposedDraft(meta.withReview(review(headline, body, meta, List.of(lead))), body);
    }

    /** Reviews a body (e.g. an editor's) of a draft with front matter {@code meta} against its articles. */
    public Review review(String title, String body, FrontMatter meta, List<Article> articles) {
        return reviewer.review(title, body, meta.evidence(), articles);
    }

    /**
     * The matched topics, the one the story is most about first (the greatest weight of matches, so a title
     * match beats a word in the body); ties keep the configured order. Headline and intro name the first.
     */
    private static List<String> mostMatchedFirst(Relevance relevance) {
        Map<String, Double> weight = new HashMap<>();
        for (Relevance.Match m : relevance.explained()) {
            weight.merge(m.term().toLowerCase(Locale.ROOT), m.weight(), Double::sum);
        }
        List<String> topics = new ArrayList<>(relevance.topics());
        topics.sort(Comparator.comparingDouble((String t) -> weight.getOrDefault(t.toLowerCase(Locale.ROOT), 0.0))
                .reversed());
        return topics;
    }

    /** The research citation as a draft prints it (authors in AMA style); null when nothing is known. */
    private static Citation research(Citation c) {
        return c.isEmpty() ? null : new Citation(CitationAuthors.ama(c.authors()), c.title(), c.journal(), c.year(),
                c.doi());
    }

    /** The image when it is an http(s) URL: a draft never carries a {@code javascript:} or {@code data:} image. */
    private static Image webImage(Image image) {
        return image != null && Urls.isWeb(image.url()) ? image : null;
    }

    /**
     * The matched term a story is about ("ketamine", "imagery rehearsal"): of the terms that are not topics, the
     * one with the greatest weight of matches ("TMS" in the title over "transcranial magnetic stimulation" in the
     * body); ties go to the first.
     */
    static Optional<String> subjectTerm(List<Relevance.Match> explained, List<String> topics) {
        Map<String, Double> weight = new LinkedHashMap<>();
        List<String> topicWords = RuleTerms.readable(topics);
        for (Relevance.Match m : explained) {
            String term = RuleTerms.readable(m.term());
            if (term != null && topicWords.stream().noneMatch(term::equalsIgnoreCase)) {
                weight.merge(term, m.weight(), Double::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            if (best == null || e.getValue() > weight.get(best)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}
