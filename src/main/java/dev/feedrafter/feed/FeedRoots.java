package dev.feedrafter.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Checks the root element before ROME sees it, so that a web page, an OPML list or a CDF file gets an error
 * that says so (ROME would only say "Invalid document"), and adjusts what ROME is needlessly strict about:
 * an RSS root without a known {@code version} is read as RSS 2.0, an Atom root without its namespace as Atom.
 */
final class FeedRoots {
    private static final Set<String> ROME_RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");
    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
    private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");

    private FeedRoots() {}

    static void check(Document doc, String text, String source, int linesRemoved) {
        Element root = doc.getRootElement();
        String name = root.getName();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "rss" -> rss(root);
            case "feed" -> {
                if (!root.getNamespace().equals(ATOM_03) && !root.getNamespace().equals(ATOM_10)) {
                    adopt(root, root.getNamespace(), "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10);
                }
                decodeBase64(root);
            }
            case "rdf" -> rdf(root);
            case "opml" -> throw error(root, text, source, linesRemoved,
                    "is an OPML subscription list, not a feed (use \"feeds import-opml\")");
            case "html" -> throw error(root, text, source, linesRemoved,
                    "is not RSS or Atom: this is a web page, not a feed");
            case "channel" -> throw error(root, text, source, linesRemoved,
                    "is not RSS or Atom (Microsoft CDF channels are not supported)");
            default -> throw error(root, text, source, linesRemoved, "is not RSS or Atom");
        }
    }

    /** RSS without a known version is read as 2.0; one without a channel gets an empty channel. */
    private static void rss(Element root) {
        String version = root.getAttributeValue("version");
        root.setAttribute("version", version != null && ROME_RSS_VERSIONS.contains(version.strip())
                ? version.strip() : "2.0");
        if (root.getNamespace() != Namespace.NO_NAMESPACE) {
            adopt(root, root.getNamespace(), Namespace.NO_NAMESPACE);
        }
        if (root.getChild("channel") == null) {
            Element channel = new Element("channel", root.getNamespace());
            for (Element item : List.copyOf(root.getChildren("item", root.getNamespace()))) {
                channel.addContent(item.detach());
            }
            root.addContent(channel);
        }
    }

    /** RSS 0.90 and 1.0 without a channel get an empty one, which ROME requires. */
    private static void rdf(Element root) {
        Namespace ns = root.getNamespace("");
        Namespace rss = ns == null || ns == Namespace.NO_NAMESPACE ? RSS_10 : ns;
        if (root.getChild("channel", rss) == null) {
            root.addContent(0, new Element("channel", rss));
        }
    }

    /** Atom's earlier namespaces (purl.org/echo, …) and namespace-less feeds, moved into the Atom namespace. */
    private static void adopt(Element element, Namespace from, Namespace to) {
        if (element.getNamespace().equals(from)) {
            element.setNamespace(to);
        }
        for (Element child : element.getChildren()) {
            adopt(child, from, to);
        }
    }

    /**
     * Base64 content decoded here: Atom 0.3's {@code mode="base64"} (ROME's decoder fails on the line breaks
     * that feeds put in it) and Atom 1.0's text constructs whose type is a non-text, non-XML media type.
     */
    private static void decodeBase64(Element element) {
        for (Element child : element.getChildren()) {
            if (isBase64Construct(child)) {
                child.setAttribute("type", "html");
                replaceWithDecoded(child);
            } else if ("base64".equals(child.getAttributeValue("mode"))) {
                replaceWithDecoded(child);
            } else {
                decodeBase64(child);
            }
        }
    }

    /** The element's base64 text replaced by what it encodes (nothing when it is not base64 at all). */
    private static void replaceWithDecoded(Element e) {
        String decoded;
        try {
            decoded = new String(Base64.getMimeDecoder().decode(e.getText().strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = "";
        }
        e.setText(decoded);
        e.setAttribute("mode", "escaped");
    }

    private static boolean isBase64Construct(Element e) {
        String type = e.getAttributeValue("type");
        // A <link type="image/jpeg"> (an enclosure) has a media type too, but it is no text construct.
        if (!e.getNamespace().equals(ATOM_10) || "link".equals(e.getName()) || type == null
                || !type.contains("/")) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT).strip();
        return !t.startsWith("text/") && !t.endsWith("/xml") && !t.endsWith("+xml") && e.getChildren().isEmpty();
    }

    private static ParseException error(Element root, String text, String source, int linesRemoved, String what) {
        String qualified = root.getQualifiedName();
        return new ParseException(source, lineOf(text, qualified) + linesRemoved,
                "root element <" + qualified + "> " + what, null);
    }

    /** The line of the root's start tag; JDOM does not keep positions, so the text is searched. */
    private static int lineOf(String text, String qualified) {
        Matcher m = Pattern.compile("<" + Pattern.quote(qualified) + "[\\s/>]", Pattern.CASE_INSENSITIVE).matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
