package dev.feedrafter.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import dev.feedrafter.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private static final String BASE = "https://neurosciencenews.test";
    private final FeedParser parser = new FeedParser();

    @Test
    void readsAWordPressResearchNewsFeed() {
        byte[] xml = Fixtures.text("feeds/wordpress-research-news.xml", BASE).getBytes(StandardCharsets.UTF_8);
        ParsedFeed feed = parser.parse(xml, "application/rss+xml; charset=UTF-8", "Neuroscience News", BASE + "/feed/");
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.title()).isEqualTo("Neuroscience News");
        assertThat(feed.entries()).hasSize(3);
        FeedEntry first = feed.entries().get(0);
        assertThat(first.id()).isEqualTo(BASE + "/?p=29871");
        assertThat(first.link()).isEqualTo(BASE + "/ketamine-astrocytes-perseverance-29871/");
        assertThat(first.title()).isEqualTo("Ketamine Steadies the Star-Shaped Cells That Keep the Brain Trying");
        assertThat(first.authors()).containsExactly("Neuroscience News");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-20T14:05:00Z"));
        assertThat(first.categories()).containsExactly("Neuroscience", "Psychology", "astrocytes", "ketamine");
        assertThat(first.contentText()).contains("keeps zebrafish and mice from “giving up”");
        assertThat(feed.entries().get(2).title()).isEqualTo("Honeybees Use the Sun’s Glare to Judge Distance");
    }

    @Test
    void somethingThatIsNotAFeedIsOneClearError() {
        assertThatThrownBy(() -> parser.parse("<html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8),
                "text/html", "Some Feed (https://x.test/feed)", "https://x.test/feed"))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("Some Feed (https://x.test/feed)");
        assertThatThrownBy(() -> parser.parse(new byte[0], null, "Empty", null)).isInstanceOf(ParseException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void neverResolvesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>t</title></item></channel></rss>";
        assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), "application/xml", "XXE", null))
                .isInstanceOf(ParseException.class).message().doesNotContain("root:");
    }
}
