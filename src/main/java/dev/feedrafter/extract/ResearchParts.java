package dev.feedrafter.extract;

import dev.feedrafter.model.Citation;
import dev.feedrafter.model.ResearchLinks;
import java.util.List;

/** The research-news parts of a page: the site's summary, key facts, source institution, citation and links. */
record ResearchParts(String summary, List<String> keyFacts, String sourceInstitution, Citation citation,
                     ResearchLinks links) {}
