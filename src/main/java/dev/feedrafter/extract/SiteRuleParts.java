package dev.feedrafter.extract;

import dev.feedrafter.config.SiteRule;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the research-news parts from where a site rule says the site prints them. */
final class SiteRuleParts {
    private SiteRuleParts() {}

    static void read(Document doc, SiteRule rule, PartsBuilder parts) {
        for (String selector : rule.summary()) {
            Element e = doc.selectFirst(selector);
            if (e != null && e.hasText()) {
                parts.summary(afterLabel(e.text(), Labels.SUMMARY), "site rule " + selector);
                parts.consume(e);
            }
        }
        for (String selector : rule.keyFacts()) {
            List<String> facts = new ArrayList<>();
            for (Element e : doc.select(selector)) {
                List<Element> items = e.is("li") ? List.of(e) : e.select("li");
                items.forEach(li -> facts.add(li.text()));
                parts.consume(e);
            }
            parts.keyFacts(Texts.cleanList(facts), "site rule " + selector);
        }
        for (String selector : rule.source()) {
            Element e = doc.selectFirst(selector);
            if (e != null && e.hasText()) {
                parts.source(Labels.sourceName(afterLabel(e.text(), Labels.SOURCE)), "site rule " + selector);
                parts.consume(e);
            }
        }
        for (String selector : rule.citation()) {
            Element e = doc.selectFirst(selector);
            if (e != null && e.hasText()) {
                citation(e, selector, parts);
                parts.consume(e);
            }
        }
    }

    private static void citation(Element e, String selector, PartsBuilder parts) {
        CitationFields fields = CitationFields.read(e);
        if (fields.describesPaper()) {
            parts.citation(fields.citation(), "site rule " + selector);
            parts.researchMethod = fields.get("method of research");
            parts.researchSubject = fields.get("subject of research");
            return;
        }
        String text = afterLabel(e.text(), Labels.CITATION);
        Matcher study = Labels.STUDY_SENTENCE.matcher(Texts.squash(text));
        parts.citation(study.find() ? CitationParser.fromStudySentence(e, study) : CitationParser.parse(e, text),
                "site rule " + selector);
    }

    /** The text after a leading label ("Summary: …" → "…"); the whole text when it has no such label. */
    private static String afterLabel(String text, java.util.regex.Pattern label) {
        String t = Texts.squash(text);
        Matcher m = label.matcher(t);
        return m.matches() && !m.group(1).isBlank() ? Texts.squash(m.group(1)) : t;
    }
}
