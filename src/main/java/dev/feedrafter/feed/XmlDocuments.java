package dev.feedrafter.feed;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.jdom2.Attribute;
import org.jdom2.CDATA;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.jdom2.Verifier;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;

/**
 * Turns feed text into a JDOM document for ROME. The strict XML parser comes first; when the text is still
 * not well-formed after {@link XmlRepair}, jsoup's forgiving XML parser builds the tree instead (unclosed
 * tags, a truncated CDATA section) and the strict parser's complaint becomes a warning. The strict parser
 * never reads a DOCTYPE (the repair removed it), never resolves an external entity and never expands one.
 */
final class XmlDocuments {
    /** A document, and why it had to be read leniently (null when it was well-formed). */
    record Read(Document document, String leniency) {}

    private static final ThreadLocal<SAXBuilder> BUILDER = ThreadLocal.withInitial(XmlDocuments::secureBuilder);

    private XmlDocuments() {}

    /**
     * @param source the feed's name and URL, for the error
     * @param linesRemoved lines that the repair cut from the top, so that reported lines match the input
     * @throws ParseException when neither parser finds a root element
     */
    static Read read(String text, String source, int linesRemoved) {
        try {
            return new Read(BUILDER.get().build(new InputSource(new StringReader(text))), null);
        } catch (JDOMParseException e) {
            int line = e.getLineNumber() + linesRemoved;
            Document lenient = lenient(text);
            if (lenient == null) {
                throw new ParseException(source, line, "not well-formed XML: " + saxMessage(e), e);
            }
            return new Read(lenient, "line " + line + ": " + saxMessage(e));
        } catch (JDOMException | IOException e) {
            throw new ParseException(source, 0, "not readable as XML: " + saxMessage(e), e);
        }
    }

    /** The document when the text is well-formed XML exactly as it is (most feeds are); null otherwise. */
    static Document strictOrNull(String text) {
        try {
            return BUILDER.get().build(new InputSource(new StringReader(text)));
        } catch (JDOMException | IOException e) {
            return null;
        }
    }

    private static SAXBuilder secureBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder;
    }

    private static String saxMessage(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? e.getMessage() : t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }

    /** jsoup's error-tolerant XML tree, copied into JDOM with namespaces taken from xmlns attributes. */
    private static Document lenient(String text) {
        org.jsoup.nodes.Document soup = Parser.xmlParser().parseInput(text, "");
        for (org.jsoup.nodes.Element child : soup.children()) {
            Element root = copy(child, Map.of());
            if (root != null) {
                return new Document(root);
            }
        }
        return null;
    }

    private static Element copy(org.jsoup.nodes.Element from, Map<String, Namespace> outer) {
        Map<String, Namespace> scope = new HashMap<>(outer);
        for (org.jsoup.nodes.Attribute a : from.attributes()) {
            String key = a.getKey();
            if (key.equals("xmlns") && Verifier.checkNamespaceURI(a.getValue()) == null) {
                scope.put("", Namespace.getNamespace(a.getValue()));
            } else if (key.startsWith("xmlns:") && Verifier.checkNamespacePrefix(key.substring(6)) == null
                    && Verifier.checkNamespaceURI(a.getValue()) == null && !a.getValue().isEmpty()) {
                scope.put(key.substring(6), Namespace.getNamespace(key.substring(6), a.getValue()));
            }
        }
        String name = localName(from.tagName());
        if (Verifier.checkElementName(name) != null) {
            return null;
        }
        Element to = new Element(name, scope.getOrDefault(prefix(from.tagName()), Namespace.NO_NAMESPACE));
        for (org.jsoup.nodes.Attribute a : from.attributes()) {
            addAttribute(to, a.getKey(), a.getValue(), scope);
        }
        for (Node node : from.childNodes()) {
            if (node instanceof org.jsoup.nodes.Element e) {
                Element child = copy(e, scope);
                if (child != null) {
                    to.addContent(child);
                }
            } else if (node instanceof CDataNode cdata) {
                addText(to, new CDATA(""), cdata.text());
            } else if (node instanceof TextNode t) {
                addText(to, new Text(""), t.getWholeText());
            } else if (node instanceof DataNode d) {
                addText(to, new Text(""), d.getWholeData());
            }
        }
        return to;
    }

    private static void addText(Element to, Text node, String text) {
        if (Verifier.checkCharacterData(text) == null) {
            node.setText(text);
            to.addContent(node);
        }
    }

    private static void addAttribute(Element to, String key, String value, Map<String, Namespace> scope) {
        String name = localName(key);
        if (key.equals("xmlns") || key.startsWith("xmlns:") || Verifier.checkAttributeName(name) != null
                || Verifier.checkCharacterData(value) != null) {
            return;
        }
        String prefix = prefix(key);
        Namespace ns = prefix.equals("xml") ? Namespace.XML_NAMESPACE
                : prefix.isEmpty() ? Namespace.NO_NAMESPACE : scope.getOrDefault(prefix, Namespace.NO_NAMESPACE);
        to.setAttribute(new Attribute(name, value, ns));
    }

    private static String prefix(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? "" : qualified.substring(0, colon);
    }

    private static String localName(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1);
    }
}
