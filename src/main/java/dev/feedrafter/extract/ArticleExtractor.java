package dev.feedrafter.extract;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Turns an article page into an {@link Article}: metadata, the site's summary and key facts, the main text,
 * the lead image with its credit, the source institution and the original-research citation.
 */
public final class ArticleExtractor {
    /** Reads a page from its bytes and HTTP Content-Type (may be null); {@code url} resolves relative links. */
    public Article extract(byte[] body, String contentType, String url) {
        Check.notNull(body, "body");
        return extract(PageDecoder.decode(body, contentType, url), url);
    }

    /** Reads a page that is already text. */
    public Article extract(String html, String url) {
        Check.notNull(html, "html");
        return extract(org.jsoup.Jsoup.parse(html, url == null ? "" : url), url);
    }

    private Article extract(Document doc, String url) {
        List<String> warnings = new ArrayList<>();
        JsonLdArticle ld = JsonLdReader.read(doc, warnings);
        PageMetadata meta = MetadataExtractor.read(doc, ld, url);
        ResearchParts parts = ResearchPartsExtractor.read(doc);
        MainText main = MainTextExtractor.read(doc);
        String summary = Texts.firstNonBlank(parts.summary(), meta.description(), firstParagraphs(main.text()));
        if (meta.title() == null) {
            warnings.add("no title found");
        }
        if (main.text().isEmpty()) {
            warnings.add("no main text found");
        }
        Citation citation = parts.citation();
        if (citation.doi() == null && parts.links().doi().size() == 1) {
            citation = citation.orElse(new Citation(null, null, null, null,
                    Doi.find(parts.links().doi().get(0)).orElse(null)));
        }
        return new Article(url, meta.canonicalUrl(), meta.title(), meta.authors(), meta.published(),
                meta.modified(), meta.siteName(), meta.language(), meta.description(), summary, parts.keyFacts(),
                main.text(), main.html(), meta.image(), parts.sourceInstitution(), citation, parts.links(),
                warnings);
    }

    /** The opening of the main text, when the page offers no summary of its own. */
    private static String firstParagraphs(String text) {
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(paragraph);
            if (out.length() > 300) {
                break;
            }
        }
        return out.toString();
    }
}
