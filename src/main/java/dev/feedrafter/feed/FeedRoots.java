package dev.feedrafter.feed;

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
    private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");

    private FeedRoots() {}

    static void check(Document doc, String text, String source, int linesRemoved) {
        Element root = doc.getRootElement();
        String name = root.getName();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "rss" -> {
                String version = root.getAttributeValue("version");
                if (version == null || !ROME_RSS_VERSIONS.contains(version.strip())) {
                    root.setAttribute("version", "2.0");
                } else {
                    root.setAttribute("version", version.strip());
                }
            }
            case "feed" -> {
                if (root.getNamespace() == Namespace.NO_NAMESPACE) {
                    adopt(root, "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10);
                }
            }
            case "rdf" -> {
                return;
            }
            case "opml" -> throw error(root, text, source, linesRemoved,
                    "is an OPML subscription list, not a feed (use \"feeds import-opml\")");
            case "html" -> throw error(root, text, source, linesRemoved,
                    "is not RSS or Atom: this is a web page, not a feed");
            case "channel" -> throw error(root, text, source, linesRemoved,
                    "is not RSS or Atom (Microsoft CDF channels are not supported)");
            default -> throw error(root, text, source, linesRemoved, "is not RSS or Atom");
        }
    }

    private static void adopt(Element element, Namespace ns) {
        if (element.getNamespace() == Namespace.NO_NAMESPACE) {
            element.setNamespace(ns);
        }
        for (Element child : element.getChildren()) {
            adopt(child, ns);
        }
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
