package dev.feedrafter.extract;

import dev.feedrafter.model.Citation;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/** Reads a citation from Highwire {@code citation_*} meta tags, as journal and preprint pages carry them. */
final class CitationMeta {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private CitationMeta() {}

    static Citation read(Document doc) {
        String title = MetadataExtractor.meta(doc, "citation_title");
        String doi = Texts.firstNonBlank(MetadataExtractor.meta(doc, "citation_doi"),
                MetadataExtractor.meta(doc, "dc.identifier"));
        if (title == null && doi == null) {
            return Citation.NONE;
        }
        List<String> authors = new ArrayList<>();
        doc.select("meta[name=citation_author]").forEach(m -> authors.add(m.attr("content")));
        String date = Texts.firstNonBlank(MetadataExtractor.meta(doc, "citation_publication_date"),
                MetadataExtractor.meta(doc, "citation_date"));
        Matcher year = YEAR.matcher(date == null ? "" : date);
        return new Citation(authors.isEmpty() ? null : String.join(", ", Texts.cleanList(authors)), title,
                MetadataExtractor.meta(doc, "citation_journal_title"),
                year.find() ? Integer.valueOf(year.group()) : null, doi == null ? null : Doi.find(doi).orElse(null));
    }
}
