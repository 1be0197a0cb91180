package dev.feedrafter.feed;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.MediaGroup;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.Thumbnail;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Reads one ROME entry, with its XML element beside it, into a {@link RawEntry}. ROME gives the decoded
 * text constructs (escaped, base64 and XHTML content), links, categories and Media RSS; the element gives
 * what ROME drops: dates as written, every author, identifiers and the xml:base in effect.
 */
final class RomeEntryReader {
    private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "created", "date",
            "publicationDate");
    private static final List<String> UPDATED = List.of("updated", "modified");
    private static final String ATOM_03 = "http://purl.org/atom/ns#";
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");

    private RomeEntryReader() {}

    /**
     * @param item the entry's element, or null when the elements could not be matched to ROME's entries
     * @param feedBase the feed's base URL (its link, else the document URL)
     * @param feedAuthors Atom feed-level authors, which entries without their own inherit
     */
    static RawEntry read(SyndEntry e, Element item, Dates dates, String documentUrl, String feedBase,
                         List<String> feedAuthors) {
        String base = item == null ? feedBase : baseOf(item, documentUrl, feedBase);
        Element contentElement = item == null ? null : XmlItems.child(item, "content");
        Element summaryElement = item == null ? null : XmlItems.child(item, "summary");
        String contentBase = contentElement == null ? base : baseOf(contentElement, documentUrl, feedBase);
        String summaryBase = summaryElement == null ? base : baseOf(summaryElement, documentUrl, feedBase);
        SyndContent title = e.getTitleEx();
        String titleText = title == null ? e.getTitle()
                : EntryNormalizer.plainText(title.getValue(), isHtml(title.getType()));
        List<String> identifiers = new ArrayList<>();
        String guid = null;
        if (item != null) {
            identifiers.addAll(XmlItems.texts(item, "doi", "prism"));
            identifiers.addAll(XmlItems.texts(item, "identifier", ""));
            guid = guid(item, base);
        }
        List<String> authors = authors(e, item);
        return new RawEntry(guid, firstNonNull(e.getLink(), firstLink(e)), titleText,
                absolute(html(e.getDescription(), summaryElement), summaryBase, base),
                absolute(content(e, contentElement), contentBase, base), authors.isEmpty() ? feedAuthors : authors,
                dates.published(), dates.updated(), categories(e), images(e),
                identifiers, base);
    }

    private static String baseOf(Element element, String documentUrl, String feedBase) {
        return XmlItems.base(element, documentUrl, feedBase);
    }

    /** The HTML resolved against its own base when that differs from the item's, so links keep their base. */
    private static String absolute(String html, String ownBase, String itemBase) {
        if (html == null || ownBase == null || ownBase.equals(itemBase)) {
            return html;
        }
        var doc = Jsoup.parseBodyFragment(html, ownBase);
        for (var el : doc.select("a[href], img[src]")) {
            String attr = el.hasAttr("href") ? "href" : "src";
            el.attr(attr, el.absUrl(attr));
        }
        return doc.body().html();
    }

    /** GUID, Atom id (a relative one resolved, as xml:base applies to it) or RDF about. */
    private static String guid(Element item, String base) {
        Element guid = XmlItems.child(item, "guid");
        if (guid != null && !guid.getTextTrim().isEmpty()) {
            return guid.getTextTrim();
        }
        Element id = XmlItems.child(item, "id");
        if (id != null && !id.getTextTrim().isEmpty()) {
            String value = id.getTextTrim();
            return value.startsWith("/") && base != null ? Links.resolve(base, value) : value;
        }
        String about = item.getAttributeValue("about", Namespace.getNamespace(
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
        return about == null || about.isBlank() ? null : about.strip();
    }

    /** An item's dates as written. */
    record Dates(RawEntry.DateValue published, RawEntry.DateValue updated) {
        static final Dates NONE = new Dates(RawEntry.DateValue.NONE, RawEntry.DateValue.NONE);
    }

    /**
     * Takes the date elements out of the items before ROME sees them: Feedrafter reads dates with
     * {@link FeedDates}, and ROME's own date parsing (SimpleDateFormat, mask after mask) costs about a tenth
     * of the parse time for nothing.
     */
    static List<Dates> takeDates(List<Element> items) {
        List<Dates> dates = new ArrayList<>(items.size());
        for (Element item : items) {
            RawEntry.DateValue published = RawEntry.DateValue.NONE;
            RawEntry.DateValue updated = RawEntry.DateValue.NONE;
            for (Element child : List.copyOf(item.getChildren())) {
                boolean isPublished = PUBLISHED.contains(child.getName());
                if (!isPublished && !UPDATED.contains(child.getName())) {
                    continue;
                }
                String text = child.getTextTrim();
                if (!text.isEmpty()) {
                    RawEntry.DateValue value = new RawEntry.DateValue(text, child.getQualifiedName());
                    if (isPublished && rank(published, PUBLISHED) > PUBLISHED.indexOf(child.getName())) {
                        published = value;
                    } else if (!isPublished && rank(updated, UPDATED) > UPDATED.indexOf(child.getName())) {
                        updated = value;
                    }
                }
                child.detach();
            }
            dates.add(new Dates(published, updated));
        }
        return dates;
    }

    /** The preference of the element a date came from (lower is better); past the end when there is none. */
    private static int rank(RawEntry.DateValue value, List<String> names) {
        if (value.element() == null) {
            return names.size();
        }
        String local = value.element().substring(value.element().indexOf(':') + 1);
        return names.indexOf(local);
    }

    private static List<String> authors(SyndEntry e, Element item) {
        List<String> values = new ArrayList<>();
        if (item != null) {
            for (Element author : XmlItems.children(item, "author")) {
                Element name = XmlItems.child(author, "name");
                String text = name != null ? name.getTextTrim() : author.getChildren().isEmpty() ? author.getTextTrim() : "";
                if (!text.isEmpty()) {
                    values.add(text);
                }
            }
            values.addAll(XmlItems.texts(item, "creator", ""));
        } else {
            for (SyndPerson p : e.getAuthors()) {
                values.add(p.getName());
            }
        }
        return Authors.split(values.stream().map(v -> EntryNormalizer.plainText(v, null)).toList());
    }

    /**
     * A text construct as HTML: plain text is escaped, so that "<b>" in a text summary stays visible. Atom
     * 0.3's default "text/plain" is taken as HTML when the element holds markup, as those feeds meant.
     */
    private static String html(SyndContent c, Element element) {
        if (c == null || c.getValue() == null) {
            return null;
        }
        boolean plain = Boolean.FALSE.equals(isHtml(c.getType()));
        boolean atom03 = element != null && element.getNamespaceURI().equals(ATOM_03);
        boolean markupInPlain = "text/plain".equals(c.getType()) && atom03
                && (!element.getChildren().isEmpty() || HTML_TAG.matcher(c.getValue()).find());
        return plain && !markupInPlain ? Entities.escape(c.getValue()) : c.getValue();
    }

    private static String content(SyndEntry e, Element element) {
        StringBuilder out = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            String html = html(c, element);
            if (html != null) {
                out.append(html);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** True for HTML types, false for plain text, null when the feed does not say. */
    static Boolean isHtml(String type) {
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("html")) {
            return true;
        }
        return t.equals("text") || t.equals("text/plain") ? false : null;
    }

    private static List<String> categories(SyndEntry e) {
        List<String> names = new ArrayList<>();
        for (SyndCategory c : e.getCategories()) {
            names.add(EntryNormalizer.plainText(c.getName(), null));
        }
        return names;
    }

    private static List<String> images(SyndEntry e) {
        List<String> urls = new ArrayList<>();
        if (e.getModule(MediaModule.URI) instanceof MediaEntryModule media) {
            for (MediaContent c : media.getMediaContents()) {
                addImage(urls, c);
            }
            for (MediaGroup g : media.getMediaGroups()) {
                for (MediaContent c : g.getContents()) {
                    addImage(urls, c);
                }
            }
            addThumbnails(urls, media.getMetadata());
            for (MediaContent c : media.getMediaContents()) {
                addThumbnails(urls, c.getMetadata());
            }
        }
        for (SyndEnclosure enc : e.getEnclosures()) {
            if (enc.getType() != null && enc.getType().startsWith("image/") && enc.getUrl() != null) {
                urls.add(enc.getUrl());
            }
        }
        return urls;
    }

    private static void addImage(List<String> urls, MediaContent c) {
        boolean image = "image".equals(c.getMedium()) || c.getType() != null && c.getType().startsWith("image/")
                || c.getMedium() == null && c.getType() == null;
        if (image && c.getReference() != null) {
            urls.add(c.getReference().toString());
        }
    }

    private static void addThumbnails(List<String> urls, Metadata metadata) {
        if (metadata != null) {
            for (Thumbnail t : metadata.getThumbnail()) {
                if (t.getUrl() != null) {
                    urls.add(t.getUrl().toString());
                }
            }
        }
    }

    private static String firstLink(SyndEntry e) {
        return e.getLinks().isEmpty() ? null : e.getLinks().get(0).getHref();
    }

    private static String firstNonNull(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
