package dev.feedrafter.feed;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.feedrafter.fetch.TextDecoder;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.Mojibake;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Turns the bytes and Content-Type of a fetched feed into a {@link ParsedFeed}. The format is sniffed from
 * the bytes: JSON Feed goes to Jackson; RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 are parsed into a tree without
 * DOCTYPEs or entity expansion ({@link XmlDocuments}), after a repair where a human reader would shrug
 * ({@link XmlRepair}) when the text as it is is not well-formed, and handed to ROME. Entries are copied into our records at once. When nothing can
 * be read, one {@link ParseException} names the feed, the line and what was wrong. Safe for concurrent use.
 */
public final class FeedParser {
    private final Clock clock;

    public FeedParser() {
        this(Clock.systemUTC());
    }

    public FeedParser(Clock clock) {
        this.clock = Check.notNull(clock, "clock");
    }

    /** The text of a feed and the character encoding it was read in. */
    record DecodedText(String text, String charset) {}

    /**
     * @param contentType the HTTP Content-Type (may be null)
     * @param source a name for messages: the feed's name and URL, or a file name
     * @param documentUrl the URL the feed came from, for relative links (may be null)
     * @throws ParseException when the bytes hold no readable feed
     */
    public ParsedFeed parse(byte[] body, String contentType, String source, String documentUrl) {
        Check.notNull(body, "body");
        Check.notBlank(source, "source");
        Instant fetchedAt = clock.instant();
        if (isBlank(body)) {
            throw new ParseException(source, 0, "the feed is empty", null);
        }
        List<String> warnings = new ArrayList<>();
        DecodedText decoded = decodeText(body, contentType, warnings);
        if (looksLikeJson(decoded.text())) {
            return JsonFeedReader.read(decoded.text().strip(), decoded.charset(), source, documentUrl, fetchedAt);
        }
        XmlText xml = readXml(decoded.text(), source, warnings);
        Document doc = xml.document();
        FeedRoots.check(doc, xml.text(), source, xml.linesRemoved());
        List<Element> items = XmlItems.items(doc);
        List<RomeEntryReader.Dates> dates = RomeEntryReader.takeDates(items);
        SyndFeed feed = rome(doc, source);
        return toParsedFeed(feed, doc, items, dates, documentUrl, warnings, decoded.charset(), fetchedAt);
    }

    /** A feed's XML tree, with the text it was read from and the lines a repair cut from its top. */
    private record XmlText(Document document, String text, int linesRemoved) {}

    /**
     * The text as it is when it is well-formed (most feeds are); else repaired, and if need be read leniently.
     * Text that may hold character references into the C1 range (which XmlRepair reads as windows-1252, as
     * browsers do) always goes through the repair.
     */
    private static XmlText readXml(String text, String source, List<String> warnings) {
        boolean mayHoldC1 = text.contains("&#1") || text.contains("&#x8") || text.contains("&#x9")
                || text.contains("&#X8") || text.contains("&#X9");
        Document doc = mayHoldC1 ? null : XmlDocuments.strictOrNull(text);
        if (doc != null) {
            return new XmlText(doc, text, 0);
        }
        XmlRepair.Result repaired = XmlRepair.repair(text);
        XmlDocuments.Read read = XmlDocuments.read(repaired.text(), source, repaired.linesRemoved());
        warnings.addAll(repaired.repairs());
        if (read.leniency() != null) {
            warnings.add("not well-formed XML (" + read.leniency() + "); read leniently");
        }
        return new XmlText(read.document(), repaired.text(), repaired.linesRemoved());
    }

    /**
     * The one step from bytes to text. A byte-order mark or the NUL pattern of UTF-16/32 decides first; otherwise
     * {@link TextDecoder} picks the charset as browsers and mature readers do (Content-Type, then the XML
     * declaration, then UTF-8), reading mislabelled windows-1252 text so that its curly quotes survive.
     */
    static DecodedText decodeText(byte[] body, String contentType, List<String> warnings) {
        Charset unicode = UnicodeSniffer.charsetOf(body);
        if (unicode != null) {
            return new DecodedText(UnicodeSniffer.decode(body, unicode), unicode.name());
        }
        TextDecoder.Decoded decoded = TextDecoder.xml(body, contentType);
        return new DecodedText(decoded.text(), decoded.charset());
    }

    private static ParsedFeed toParsedFeed(SyndFeed feed, Document doc, List<Element> items,
                                           List<RomeEntryReader.Dates> dates, String documentUrl,
                                           List<String> warnings, String charset, Instant fetchedAt) {
        Element root = doc.getRootElement();
        String rootBase = XmlItems.base(root, documentUrl, documentUrl);
        String feedLink = Links.resolve(rootBase, root.getName().equals("feed")
                ? XmlItems.alternateLink(root) : feed.getLink());
        String feedBase = XmlItems.base(root, documentUrl, feedLink != null ? feedLink : documentUrl);
        List<String> feedAuthors = new ArrayList<>();
        for (SyndPerson p : feed.getAuthors()) {
            feedAuthors.add(p.getName());
        }
        List<String> inherited = feed.getFeedType().startsWith("atom") ? Authors.split(feedAuthors) : List.of();
        List<SyndEntry> syndEntries = feed.getEntries();
        boolean matched = items.size() == syndEntries.size();
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < syndEntries.size(); i++) {
            RawEntry raw = RomeEntryReader.read(syndEntries.get(i), matched ? items.get(i) : null,
                    matched ? dates.get(i) : RomeEntryReader.Dates.NONE, documentUrl, feedBase, inherited);
            entries.add(EntryNormalizer.normalize(raw, fetchedAt));
        }
        SyndContent title = feed.getTitleEx();
        String titleText = title == null ? null
                : EntryNormalizer.plainText(Mojibake.repair(title.getValue()), RomeEntryReader.isHtml(title.getType()));
        return new ParsedFeed(feed.getFeedType(), titleText, feedLink, ttl(feed), EntryIds.disambiguate(entries),
                warnings, charset);
    }

    private static SyndFeed rome(Document doc, String source) {
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            return input.build(doc);
        } catch (FeedException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ParseException(source, 0, "the feed's structure cannot be read: " + m, e);
        }
    }

    private static Duration ttl(SyndFeed feed) {
        if (feed.originalWireFeed() instanceof Channel channel && channel.getTtl() > 0) {
            return Duration.ofMinutes(channel.getTtl());
        }
        return null;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
