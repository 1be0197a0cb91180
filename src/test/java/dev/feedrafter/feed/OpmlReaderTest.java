package dev.feedrafter.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedrafter.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpmlReaderTest {
    private static OpmlReader.Result read(String fixture) {
        return OpmlReader.read(Fixtures.text("feeds/" + fixture).getBytes(StandardCharsets.UTF_8), fixture);
    }

    @Test
    void flattensNestedFoldersIntoTags() {
        OpmlReader.Result result = read("subscriptions.opml");
        assertThat(result.feeds()).containsExactly(
                new OpmlReader.OpmlFeed("Neuroscience News", "https://neurosciencenews.com/feed/",
                        List.of("Research", "Neuroscience")),
                new OpmlReader.OpmlFeed("bioRxiv Neuroscience", "http://connect.biorxiv.org/biorxiv_xml/neuroscience",
                        List.of("Research", "Neuroscience", "Preprints")),
                new OpmlReader.OpmlFeed("ScienceDaily — Mind & Brain", "https://www.sciencedaily.com/rss/mind_brain.xml",
                        List.of("Research")),
                new OpmlReader.OpmlFeed("PsyPost", "https://www.psypost.org/feed/", List.of("Clinic news")),
                new OpmlReader.OpmlFeed("Neuroscience News (2)",
                        "https://neurosciencenews.com/neuroscience-topics/psychology/feed/", List.of("Clinic news")),
                new OpmlReader.OpmlFeed("Medical Xpress",
                        "https://medicalxpress.com/rss-feed/psychology-psychiatry-news/", List.of()));
        assertThat(result.warnings()).containsExactly(
                "renamed a second feed called \"Neuroscience News\" to \"Neuroscience News (2)\"",
                "skipped outline \"PsyPost again\": https://www.psypost.org/feed/ is listed twice",
                "skipped outline \"A bookmark, not a feed\": it has no xmlUrl",
                "skipped outline \"Local file\": xmlUrl \"file:///home/me/feed.xml\" is not an http(s) URL");
    }

    @Test
    void aBrokenFileIsOneClearError() {
        assertThatThrownBy(() -> read("broken.opml")).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("broken.opml:1: not well-formed XML: ");
        assertThatThrownBy(() -> read("sciencedaily-mind-brain.xml")).isInstanceOf(ParseException.class)
                .hasMessage("sciencedaily-mind-brain.xml: root element <rss> is not OPML");
    }
}
