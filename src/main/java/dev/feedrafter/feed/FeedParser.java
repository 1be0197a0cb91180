package dev.feedrafter.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import dev.feedrafter.util.Check;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The only user of ROME: turns the bytes and Content-Type of a fetched feed into a {@link ParsedFeed}.
 * ROME never fetches anything itself; DOCTYPEs are refused, so external entities are never resolved.
 */
public final class FeedParser {
    private final Clock clock;

    public FeedParser() {
        this(Clock.systemUTC());
    }

    public FeedParser(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param source a name for messages (feed name or URL)
     * @param baseUrl the URL the feed came from, for relative links (may be null)
     */
    public ParsedFeed parse(byte[] body, String contentType, String source, String baseUrl) {
        Check.notNull(body, "body");
        Check.notNull(source, "source");
        Instant fetchedAt = clock.instant();
        SyndFeed feed = read(body, contentType, source);
        String feedLink = EntryMapper.resolve(baseUrl, feed.getLink());
        String base = feedLink != null ? feedLink : baseUrl;
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            entries.add(EntryMapper.map(e, base, fetchedAt));
        }
        return new ParsedFeed(feed.getFeedType(), EntryMapper.plain(feed.getTitle()), feedLink, ttl(feed),
                entries, List.of());
    }

    private static SyndFeed read(byte[] body, String contentType, String source) {
        if (body.length == 0) {
            throw new ParseException(source, 0, "the feed is empty", null);
        }
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setPreserveWireFeed(true);
            return input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new ParseException(source, lineOf(e), "not a readable RSS or Atom feed: " + reason(e), e);
        }
    }

    private static Duration ttl(SyndFeed feed) {
        if (feed.originalWireFeed() instanceof com.rometools.rome.feed.rss.Channel channel && channel.getTtl() > 0) {
            return Duration.ofMinutes(channel.getTtl());
        }
        return null;
    }

    private static int lineOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.jdom2.input.JDOMParseException jdom) {
                return jdom.getLineNumber();
            }
            if (t instanceof org.xml.sax.SAXParseException sax) {
                return sax.getLineNumber();
            }
        }
        return 0;
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "Invalid document".equals(m) ? "the document is XML but neither RSS nor Atom" : m;
    }
}
