package dev.feedrafter.feed;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Raw access to the feed's XML beside ROME's beans, for what ROME drops or cannot hold: the items in
 * document order, dates as written, every {@code dc:creator}, identifiers, and {@code xml:base} in effect.
 * Elements are matched by local name so that any prefix or namespace version of a module is found.
 */
final class XmlItems {
    private XmlItems() {}

    /** The item (RSS, RDF) or entry (Atom) elements, in document order. */
    static List<Element> items(Document doc) {
        Element root = doc.getRootElement();
        if (root.getName().equals("feed")) {
            return children(root, "entry");
        }
        List<Element> items = new ArrayList<>(children(root, "item"));
        for (Element channel : children(root, "channel")) {
            items.addAll(children(channel, "item"));
        }
        return items;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(localName)) {
                found.add(child);
            }
        }
        return found;
    }

    static Element child(Element parent, String localName) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(localName)) {
                return child;
            }
        }
        return null;
    }

    /** The href of an Atom element's first alternate link (a link without rel is one); null when none. */
    static String alternateLink(Element parent) {
        for (Element link : children(parent, "link")) {
            String rel = link.getAttributeValue("rel");
            if ((rel == null || rel.strip().equals("alternate")) && link.getAttributeValue("href") != null) {
                return link.getAttributeValue("href");
            }
        }
        return null;
    }

    /** The trimmed texts of the children with this local name whose namespace URI contains {@code nsPart}. */
    static List<String> texts(Element parent, String localName, String nsPart) {
        List<String> found = new ArrayList<>();
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(localName) && child.getNamespaceURI().contains(nsPart)) {
                String text = child.getTextTrim();
                if (!text.isEmpty()) {
                    found.add(text);
                }
            }
        }
        return found;
    }

    /**
     * The URL that relative references inside {@code element} resolve against: every xml:base up the tree,
     * resolved from the document's URL; {@code withoutXmlBase} when the tree declares none.
     */
    static String base(Element element, String documentUrl, String withoutXmlBase) {
        List<String> bases = new ArrayList<>();
        for (Element e = element; e != null; e = e.getParentElement()) {
            String b = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (b != null && !b.isBlank()) {
                bases.add(0, b.strip());
            }
        }
        if (bases.isEmpty()) {
            return withoutXmlBase;
        }
        String base = documentUrl != null ? documentUrl : withoutXmlBase;
        for (String b : bases) {
            base = Links.resolve(base, b);
        }
        return base;
    }
}
