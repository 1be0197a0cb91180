package dev.feedrafter.extract;

import dev.feedrafter.config.SiteRule;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Image;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.Texts;
import dev.feedrafter.util.Urls;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an article page into an {@link Article}: metadata, the site's summary and key facts, the main text,
 * the lead image with its credit, the source institution and the original-research citation. Each value's
 * origin is kept in {@link Article.Details#origins()}. Never throws for a bad page: what cannot be read is a
 * warning on the article.
 */
public final class ArticleExtractor {
    /** A paragraph shorter than this without closing punctuation is a heading. */
    private static final int HEADING = 60;
    private final SiteRules rules;

    /** An extractor with the built-in site rules. */
    public ArticleExtractor() {
        this(SiteRules.builtIn());
    }

    public ArticleExtractor(SiteRules rules) {
        this.rules = Check.notNull(rules, "rules");
    }

    /** Reads a page from its bytes and HTTP Content-Type (may be null); {@code url} resolves relative links. */
    public Article extract(byte[] body, String contentType, String url) {
        Check.notNull(body, "body");
        List<String> warnings = new ArrayList<>();
        return extract(PageDecoder.decode(PageLimits.bound(body, warnings), contentType, url), url, warnings);
    }

    /** Reads a page that is already text. */
    public Article extract(String html, String url) {
        Check.notNull(html, "html");
        List<String> warnings = new ArrayList<>();
        return extract(Jsoup.parse(PageLimits.bound(html, warnings), url == null ? "" : url), url, warnings);
    }

    private Article extract(Document doc, String url, List<String> warnings) {
        SiteRule rule = rules.forUrl(url).orElse(null);
        Origins origins = new Origins();
        if (rule != null) {
            origins.record("site_rule", rule.name());
        }
        PageElements elements = PageElements.of(doc);
        MetaTags meta = MetaTags.of(elements);
        JsonLdArticle ld = JsonLdReader.read(elements, warnings);
        PageMetadata page = MetadataExtractor.read(elements, meta, ld, url, origins);
        ResearchParts parts = ResearchPartsExtractor.read(elements, meta, rule, origins);
        MainText main = MainTextExtractor.read(elements, rule, parts.blocks());
        String summary = origins.<String>pick("summary").or(origins.get("summary"), parts.summary())
                .or("description", page.description())
                .or("opening paragraphs", opening(main.text())).get();
        if (page.title() == null) {
            warnings.add("no title found");
        }
        if (main.text().isEmpty()) {
            warnings.add("no main text found");
        }
        Citation citation = parts.citation();
        if (citation.doi() == null && parts.links().doi().size() == 1) {
            origins.record(citation.isEmpty() ? "citation" : "citation_doi", "the page's only doi.org link");
            citation = citation.orElse(new Citation(null, null, null, null,
                    Doi.find(parts.links().doi().get(0)).orElse(null)));
        }
        Image image = page.image() != null ? page.image() : firstPicture(elements, main, origins);
        if (image != null && image.credit() == null && parts.imageCredit() != null) {
            image = new Image(image.url(), image.alt(), parts.imageCredit());
            origins.record("image_credit", "label Image:");
        }
        Article.Details details = new Article.Details(page.section(), page.tags(), parts.contact(), parts.funding(),
                parts.about(), parts.researchMethod(), parts.researchSubject(), origins.asMap());
        return new Article(url, page.canonicalUrl(), page.title(), page.authors(), page.published(), page.modified(),
                page.siteName(), page.language(), page.description(), summary, parts.keyFacts(), main.text(),
                main.html(), image, parts.sourceInstitution(), citation, parts.links(), warnings, details);
    }

    /** The article's first picture, for a page whose meta names no image (or only an unsafe one). */
    private static Image firstPicture(PageElements page, MainText main, Origins origins) {
        for (Element img : Jsoup.parseBodyFragment(main.html(), page.doc().location()).select("img[src]")) {
            String url = img.absUrl("src");
            if (Urls.isWeb(url)) {
                origins.record("image", "first image of the text");
                String credit = ImageCredit.find(page, url);
                return new Image(url, Texts.firstNonBlank(img.attr("alt")), credit);
            }
        }
        return null;
    }

    /** The opening of the main text, when the page offers no summary of its own. */
    private static String opening(String text) {
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            if (out.length() == 0 && isHeading(paragraph)) {
                continue;  // "Abstract", "Introduction": a heading, not the opening
            }
            out.append(out.length() > 0 ? " " : "").append(paragraph);
            if (out.length() > 300) {
                break;
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static boolean isHeading(String paragraph) {
        return paragraph.length() < HEADING && !paragraph.matches("(?s).*[.!?…”\"]$");
    }
}
