package dev.feedrafter.story;

import dev.feedrafter.model.Article;
import dev.feedrafter.util.Texts;
import dev.feedrafter.util.Urls;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two reports the same story, strongest first: the DOI of the research (lower-case, DOIs are
 * case-insensitive), its PubMed id, its ClinicalTrials.gov id, the article's canonical URL, and a SimHash
 * fingerprint of its summary and opening paragraphs for near-identical retellings (headlines are left out:
 * outlets rewrite them even when they reprint the text). Any part may be null.
 */
public record StoryIdentity(String doi, String pmid, String nctId, String urlKey, Long fingerprint) {
    /**
     * Fingerprints at most this many bits apart are the same story. Tuned on the fixtures: a press release and
     * its near-verbatim reprint are 5 bits apart; rewritten reports of the same study about 18 (those join by
     * DOI instead); different studies, even from one site on one topic, 24 and more. See {@code StoryIdentityTest}.
     */
    public static final int NEAR_DUPLICATE_BITS = 8;

    /** How much of the body joins the summary in the fingerprint: the lead, where retellings agree most. */
    private static final int BODY_WORDS = 120;
    private static final Pattern PMID = Pattern.compile("(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov/|/pubmed/)(\\d{5,9})");
    private static final Pattern NCT = Pattern.compile("\\b(NCT\\d{8})\\b", Pattern.CASE_INSENSITIVE);

    /** A URL-only identity (imports, tests). */
    public StoryIdentity(String doi, String urlKey) {
        this(doi, null, null, urlKey, null);
    }

    public static StoryIdentity of(Article article) {
        String doi = article.citation().doi();
        return new StoryIdentity(doi == null ? null : doi.toLowerCase(Locale.ROOT), first(PMID,
                String.join(" ", article.links().pubmed())), nct(article), Urls.identity(article.identityUrl()),
                SimHash.of(Texts.orEmpty(article.summary()) + " " + Texts.firstWords(article.bodyText(), BODY_WORDS)));
    }

    private static String nct(Article article) {
        String fromLinks = first(NCT, String.join(" ", article.links().trials()));
        String id = fromLinks != null ? fromLinks : first(NCT, Texts.orEmpty(article.summary()) + " "
                + article.bodyText());
        return id == null ? null : id.toUpperCase(Locale.ROOT);
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
