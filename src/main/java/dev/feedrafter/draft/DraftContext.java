package dev.feedrafter.draft;

import dev.feedrafter.config.ClinicConfig;
import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Image;
import dev.feedrafter.model.Source;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The values a draft body template sees: every front-matter field of DESIGN.md §5 under its snake_case name,
 * plus the clinic and ready-made phrases (study, evidence badge and caution, quote within the budget, pitches).
 * Values are plain text (the template escapes them); URLs are checked and safe in triple braces. A value the
 * source does not give is null, so a {@code {{#field}}} section leaves it out; no field borrows another's value.
 * README.md lists every field.
 */
final class DraftContext {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final Pattern CREDIT_PREFIX = Pattern.compile("(?i)^(?:(?:the )?(?:image|photo|picture)s? "
            + "(?:is |are )?credited to\\b|(?:(?:image|photo|picture) )?(?:credits?|courtesy)(?: of)?\\b"
            + "|(?:image|photo)\\b)\\s*:?\\s*");

    private DraftContext() {}

    static Map<String, Object> of(DraftInput in, FrontMatter meta, QuoteBudget quote, Population population) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", meta.title());
        c.put("status", "new");
        c.put("slug", meta.slug());
        c.put("services", meta.services());
        c.put("topics", meta.topics());
        c.put("relevance", meta.relevance());
        c.put("relevance_explained", DraftFields.explained(meta.relevanceExplained()));
        c.put("evidence", meta.evidence().label());
        c.put("sources", in.sources().stream().map(DraftContext::source).toList());
        c.put("research", research(meta.research()));
        c.put("image", image(meta.image()));

        c.put("clinic", clinic(in.clinic()));
        c.put("lead", source(in.leadSource()));
        c.put("source_title", in.leadSource().title());
        c.put("outlets", Population.joinWithAnd(in.sources().stream().map(Source::name).filter(Objects::nonNull)
                .distinct().toList()));
        c.put("source_institution", InstitutionName.inSentence(in.lead().sourceInstitution()));
        c.put("subject", subject(meta));
        c.put("main_service", meta.services().isEmpty() ? null : meta.services().get(0));
        c.put("service_phrase", meta.services().isEmpty() ? null : inSentence(meta.services().get(0)));
        c.put("pitches", pitches(in.clinic(), meta.services()));
        c.put("population", population.species().isEmpty() ? population.participants() : population.speciesPhrase());
        c.put("study_phrase", EvidenceWords.studyPhrase(meta.evidence(), population));
        c.put("evidence_note", EvidenceWords.badge(meta.evidence(), population));
        c.put("evidence_caution", EvidenceWords.caution(meta.evidence(), population));
        c.put("quote", quote.summary());
        c.put("key_facts", quote.keyFacts().isEmpty() ? null : quote.keyFacts());
        c.put("has_key_facts", !quote.keyFacts().isEmpty());
        c.put("has_quote", quote.summary() != null || !quote.keyFacts().isEmpty());
        c.put("quote_max_words", in.quoteMaxWords());
        return c;
    }

    private static Map<String, Object> clinic(ClinicConfig clinic) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", clinic.name());
        m.put("city", clinic.city());
        m.put("website", clinic.website() == null ? null : MarkdownText.url(clinic.website().toString()));
        m.put("contact_url", clinic.contactOrWebsite() == null ? null
                : MarkdownText.url(clinic.contactOrWebsite().toString()));
        m.put("disclaimer", clinic.disclaimer());
        return m;
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", s.name());
        m.put("title", s.title());
        m.put("url", MarkdownText.url(s.url()));
        m.put("author", s.author());
        m.put("by", s.author() == null || s.author().equalsIgnoreCase(Objects.toString(s.name(), "")) ? null
                : s.author());
        m.put("published", s.published() == null ? null : s.published().toString());
        m.put("published_long", s.published() == null ? null : LONG_DATE.format(s.published()));
        return m;
    }

    private static List<Map<String, Object>> pitches(ClinicConfig clinic, List<String> services) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ServiceConfig s : clinic.services()) {
            if (services.contains(s.name())) {
                Map<String, Object> m = new HashMap<>();
                m.put("service", s.name());
                m.put("pitch", s.pitch().isBlank() ? null : s.pitch());
                out.add(m);
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** A name as it reads in a sentence: "Ketamine infusion therapy" → "ketamine infusion therapy"; "TMS" stays. */
    private static String inSentence(String name) {
        boolean capitalizedWord = name.length() > 1 && Character.isUpperCase(name.charAt(0))
                && Character.isLowerCase(name.charAt(1));
        return capitalizedWord ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    /**
     * What the story is about, in a few words: "ketamine and depression", "TMS"; null when the story matched
     * nothing (a plain import), rather than a guess.
     */
    private static String subject(FrontMatter meta) {
        List<String> parts = new ArrayList<>();
        DraftComposer.subjectTerm(meta.relevanceExplained(), meta.topics()).ifPresent(parts::add);
        List<String> topicWords = RuleTerms.readable(meta.topics());
        if (!topicWords.isEmpty()) {
            parts.add(topicWords.get(0));
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    private static Map<String, Object> research(Citation c) {
        boolean described = c != null && (c.authors() != null || c.title() != null || c.journal() != null);
        if (c == null || !described && c.doi() == null) {
            return null;  // a year alone names no paper
        }
        Map<String, Object> m = new HashMap<>();
        m.put("described", described);
        m.put("authors", c.authors() == null ? null : c.authors().replaceAll("[.\\s]+$", ""));
        m.put("title", c.title());
        m.put("title_sentence", c.title() == null ? null
                : c.title().strip().matches(".*[.?!]$") ? c.title().strip() : c.title().strip() + ".");
        m.put("journal", c.journal());
        m.put("year", c.year());
        m.put("doi", c.doi());
        m.put("doi_url", c.doi() == null ? null : MarkdownText.url("https://doi.org/" + c.doi()));
        return m;
    }

    private static Map<String, Object> image(Image image) {
        if (image == null) {
            return null;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("url", MarkdownText.url(image.url()));
        m.put("alt", image.alt());
        m.put("credit", image.credit());
        String who = image.credit() == null ? "" : CREDIT_PREFIX.matcher(image.credit().strip()).replaceFirst("");
        m.put("credit_line", who.isBlank() ? null : "Image credit: " + who);
        return m;
    }
}
