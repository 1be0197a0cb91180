package dev.feedrafter.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every element of a page in document order, listed once, so that the readers of metadata and research-news
 * parts look things up in one list instead of each walking the whole tree again. Valid until the document
 * changes (the main-text step, which runs last).
 */
record PageElements(Document doc, List<Element> all) {
    static PageElements of(Document doc) {
        return new PageElements(doc, doc.getAllElements());
    }

    /** The elements with this (lower-case) tag name. */
    List<Element> tagged(String tag) {
        List<Element> out = new ArrayList<>();
        for (Element e : all) {
            if (e.nameIs(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first element with this tag name that has the attribute; null when there is none. */
    Element first(String tag, String attribute) {
        for (Element e : all) {
            if (e.nameIs(tag) && (attribute == null || e.hasAttr(attribute))) {
                return e;
            }
        }
        return null;
    }

    /** The first element that has one of {@code classNames}; null when there is none. */
    Element firstWithClass(Set<String> classNames) {
        for (Element e : all) {
            if (ClassNames.hasAny(e, classNames)) {
                return e;
            }
        }
        return null;
    }
}
