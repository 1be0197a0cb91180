package dev.feedrafter.extract;

import dev.feedrafter.model.Citation;
import dev.feedrafter.util.PersonNames;
import dev.feedrafter.util.Texts;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a citation from Highwire {@code citation_*} meta tags, as journal and preprint pages carry them; the
 * authors (one tag each, often "Family, Given") in AMA style.
 */
final class CitationMeta {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private CitationMeta() {}

    static Citation read(MetaTags meta) {
        String title = meta.get("citation_title");
        String doi = Texts.firstNonBlank(meta.get("citation_doi"), meta.get("dc.identifier"));
        if (title == null && doi == null) {
            return Citation.NONE;
        }
        List<String> authors = meta.all("citation_author");
        String date = Texts.firstNonBlank(meta.get("citation_publication_date"),
                meta.get("citation_date"));
        Matcher year = YEAR.matcher(date == null ? "" : date);
        return new Citation(PersonNames.amaList(authors.stream().map(PersonNames::ama).toList()), title,
                meta.get("citation_journal_title"),
                year.find() ? Integer.valueOf(year.group()) : null, doi == null ? null : Doi.find(doi).orElse(null));
    }
}
