package dev.feedrafter.extract;

import dev.feedrafter.model.Citation;
import dev.feedrafter.model.ResearchLinks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Collects the research-news parts as the site rule and the label readers find them: the first value found for
 * a field wins and its origin is recorded; every element a value was read from is remembered, so that the main
 * text can leave it out.
 */
final class PartsBuilder {
    private final Origins origins;
    private final Set<Element> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Element> blockOrder = new ArrayList<>();
    String summary;
    List<String> keyFacts = List.of();
    String source;
    Citation citation = Citation.NONE;
    String contact;
    String funding;
    String about;
    String imageCredit;
    String researchMethod;
    String researchSubject;

    PartsBuilder(Origins origins) {
        this.origins = origins;
    }

    void consume(Element block) {
        if (block != null && blocks.add(block)) {
            blockOrder.add(block);
        }
    }

    boolean consumed(Element block) {
        return blocks.contains(block);
    }

    void summary(String value, String origin) {
        if (summary == null && value != null && !value.isBlank()) {
            summary = value;
            origins.record("summary", origin);
        }
    }

    void keyFacts(List<String> value, String origin) {
        if (keyFacts.isEmpty() && !value.isEmpty()) {
            keyFacts = value;
            origins.record("key_facts", origin);
        }
    }

    void source(String value, String origin) {
        if (source == null && value != null && !value.isBlank()) {
            source = value;
            origins.record("source_institution", origin);
        }
    }

    /** Takes a parsed citation, or fills the gaps of the one already found. */
    void citation(Citation value, String origin) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (citation.isEmpty()) {
            origins.record("citation", origin);
        }
        citation = citation.orElse(value);
    }

    ResearchParts build(ResearchLinks links) {
        return new ResearchParts(summary, keyFacts, source, citation, links, contact, funding, about, imageCredit,
                researchMethod, researchSubject, List.copyOf(blockOrder));
    }
}
