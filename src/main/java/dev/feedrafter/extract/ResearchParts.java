package dev.feedrafter.extract;

import dev.feedrafter.model.Citation;
import dev.feedrafter.model.ResearchLinks;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The research-news parts of a page: the site's summary, key facts, source institution, citation and links, the
 * contact, funding and "About this research" notes, the image credit line and the research method and subject
 * when the page states them. Values are null (lists empty) when absent. {@code blocks} are the page elements
 * these were read from, which the main text leaves out.
 */
record ResearchParts(String summary, List<String> keyFacts, String sourceInstitution, Citation citation,
                     ResearchLinks links, String contact, String funding, String about, String imageCredit,
                     String researchMethod, String researchSubject, List<Element> blocks) {}
