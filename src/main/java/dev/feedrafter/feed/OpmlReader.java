package dev.feedrafter.feed;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;

/**
 * Reads an OPML subscription list (OPML 1.0/2.0 through rome-opml) into feeds: every outline with an
 * {@code xmlUrl}, tagged with the titles of the folders it sits in and its OPML {@code category}. Names are
 * made unique (feeds.yml requires it) and a URL listed twice is kept once. The XML is read as leniently as a
 * feed; a file that is not OPML at all is one {@link ParseException}.
 */
public final class OpmlReader {
    /** One subscription of the list. */
    public record OpmlFeed(String name, String url, List<String> tags) {
        public OpmlFeed {
            tags = List.copyOf(tags);
        }
    }

    /** The subscriptions, and what was skipped or changed on the way (one line each). */
    public record Result(List<OpmlFeed> feeds, List<String> warnings) {
        public Result {
            feeds = List.copyOf(feeds);
            warnings = List.copyOf(warnings);
        }
    }

    private final List<OpmlFeed> feeds = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> urls = new HashSet<>();

    private OpmlReader() {}

    /** @param source the file name, for messages */
    public static Result read(byte[] body, String source) {
        Check.notNull(body, "body");
        Check.notBlank(source, "source");
        List<String> warnings = new ArrayList<>();
        String text = FeedParser.decodeText(body, null, warnings).text();
        if (text.isBlank()) {
            throw new ParseException(source, 0, "the file is empty", null);
        }
        XmlRepair.Result repaired = XmlRepair.repair(text);
        Document doc = XmlDocuments.read(repaired.text(), source, repaired.linesRemoved()).document();
        String root = doc.getRootElement().getName();
        if (!root.equalsIgnoreCase("opml")) {
            throw new ParseException(source, 0, "root element <" + doc.getRootElement().getQualifiedName()
                    + "> is not OPML", null);
        }
        if (doc.getRootElement().getAttributeValue("version") == null) {
            doc.getRootElement().setAttribute("version", "2.0");
        }
        OpmlReader reader = new OpmlReader();
        reader.warnings.addAll(warnings);
        reader.warnings.addAll(repaired.repairs());
        for (Outline outline : opml(doc, source).getOutlines()) {
            reader.visit(outline, List.of());
        }
        return new Result(reader.feeds, reader.warnings);
    }

    private static Opml opml(Document doc, String source) {
        try {
            WireFeed wire = new WireFeedInput().build(doc);
            if (wire instanceof Opml opml) {
                return opml;
            }
            throw new ParseException(source, 0, "not an OPML subscription list", null);
        } catch (FeedException | IllegalArgumentException e) {
            throw new ParseException(source, 0, "not a readable OPML subscription list: " + e.getMessage(), e);
        }
    }

    private void visit(Outline outline, List<String> folders) {
        String label = Texts.firstNonBlank(outline.getTitle(), outline.getText());
        String xmlUrl = Texts.firstNonBlank(outline.getXmlUrl());
        if (xmlUrl == null) {
            List<String> inner = new ArrayList<>(folders);
            if (label != null && !outline.getChildren().isEmpty()) {
                inner.add(label);
            } else if (outline.getChildren().isEmpty()) {
                warnings.add("skipped outline \"" + Texts.orEmpty(label) + "\": it has no xmlUrl");
            }
            for (Outline child : outline.getChildren()) {
                visit(child, inner);
            }
            return;
        }
        if (!isWebUrl(xmlUrl)) {
            warnings.add("skipped outline \"" + Texts.orEmpty(label) + "\": xmlUrl \"" + xmlUrl
                    + "\" is not an http(s) URL");
            return;
        }
        if (!urls.add(xmlUrl)) {
            warnings.add("skipped outline \"" + Texts.orEmpty(label) + "\": " + xmlUrl + " is listed twice");
            return;
        }
        List<String> tags = new ArrayList<>(folders);
        for (String category : outline.getCategories()) {
            for (String part : category.split("[/,]")) {
                tags.add(part);
            }
        }
        feeds.add(new OpmlFeed(uniqueName(label != null ? label : URI.create(xmlUrl).getHost()), xmlUrl,
                Texts.cleanList(tags)));
    }

    private String uniqueName(String name) {
        String unique = name;
        for (int n = 2; !names.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = name + " (" + n + ")";
        }
        if (!unique.equals(name)) {
            warnings.add("renamed a second feed called \"" + name + "\" to \"" + unique + "\"");
        }
        return unique;
    }

    private static boolean isWebUrl(String url) {
        try {
            URI u = new URI(url);
            return u.getHost() != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
