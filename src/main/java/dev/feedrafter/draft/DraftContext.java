package dev.feedrafter.draft;

import dev.feedrafter.config.ClinicConfig;
import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Image;
import dev.feedrafter.model.Source;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values a draft template sees, named after the fields of DESIGN.md §5 (snake_case), plus ready-made
 * phrases: {@code clinic}, {@code lead}, {@code quote}, {@code key_facts}, {@code pitches}, {@code subject},
 * {@code evidence_note}, {@code research.formatted} and {@code image}.
 */
final class DraftContext {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private DraftContext() {}

    static Map<String, Object> of(DraftInput in, FrontMatter meta, QuoteBudget quote) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", meta.title());
        c.put("slug", meta.slug());
        c.put("services", meta.services());
        c.put("topics", meta.topics());
        c.put("relevance", meta.relevance());
        c.put("evidence", meta.evidence().label());
        c.put("evidence_note", EvidenceNote.of(meta.evidence()));
        c.put("clinic", clinic(in.clinic()));
        c.put("lead", source(in.leadSource()));
        c.put("sources", in.sources().stream().map(DraftContext::source).toList());
        c.put("quote", quote.summary());
        c.put("key_facts", quote.keyFacts().isEmpty() ? null : quote.keyFacts());
        c.put("has_key_facts", !quote.keyFacts().isEmpty());
        c.put("pitches", pitches(in.clinic(), meta.services()));
        c.put("subject", subject(meta));
        c.put("main_service", meta.services().isEmpty() ? null : meta.services().get(0));
        c.put("research", research(meta.research()));
        c.put("image", image(meta.image()));
        c.put("source_institution", in.lead().sourceInstitution());
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

    static Map<String, Object> source(Source s) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", s.name());
        m.put("title", s.title());
        m.put("url", MarkdownText.url(s.url()));
        m.put("author", s.author());
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

    /** What the story is about, in a few words: "ketamine and depression", "TMS", "mental health". */
    private static String subject(FrontMatter meta) {
        List<String> parts = new ArrayList<>();
        meta.relevanceExplained().stream().filter(m -> !meta.topics().contains(m.term())).findFirst()
                .ifPresent(m -> parts.add(m.term()));
        if (!meta.topics().isEmpty()) {
            parts.add(meta.topics().get(0));
        }
        return parts.isEmpty() ? "mental health" : String.join(" and ", parts);
    }

    private static Map<String, Object> research(Citation c) {
        if (c == null || c.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("authors", c.authors() == null ? null : c.authors().replaceAll("[.\\s]+$", ""));
        m.put("title", c.title());
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
        boolean saysCredit = image.credit() != null && image.credit().toLowerCase(Locale.ROOT).contains("credit");
        m.put("credit_line", image.credit() == null ? null : saysCredit ? image.credit() : "Image: " + image.credit());
        return m;
    }

    static String longDate(LocalDate date) {
        return date == null ? null : LONG_DATE.format(date);
    }

    /** Plain-language note on what kind of evidence this is; null when unknown. */
    static final class EvidenceNote {
        private EvidenceNote() {}

        static String of(Evidence evidence) {
            return switch (evidence) {
                case ANIMAL -> "This was a study in animals. It has not been tested in people, and results in "
                        + "animals often do not carry over to humans.";
                case IN_VITRO -> "This was a laboratory study of cells or tissue, not of people.";
                case HUMAN_TRIAL -> "This was a clinical trial in people.";
                case HUMAN_OBSERVATIONAL -> "This was an observational study in people: it shows a link, "
                        + "not that one thing causes another.";
                case REVIEW -> "This was a review that pooled the results of earlier studies.";
                case PREPRINT -> "This is a preprint: it has not yet been peer-reviewed.";
                case UNKNOWN -> null;
            };
        }
    }
}
