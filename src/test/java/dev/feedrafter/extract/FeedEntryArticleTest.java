package dev.feedrafter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.feed.FeedParser;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An article made from a WordPress research-news feed item alone: the labels the outlet prints ("Summary:") and
 * the "The post … appeared first on …" line its SEO plugin appends are not the report's words.
 */
class FeedEntryArticleTest {
    private static final String BASE = "https://news.example";

    private static FeedEntry ketamineEntry() {
        byte[] feed = Fixtures.text("feeds/wordpress-research-news.xml", BASE).getBytes(StandardCharsets.UTF_8);
        return new FeedParser().parse(feed, "application/rss+xml", BASE + "/feed/", BASE + "/feed/").entries().get(0);
    }

    @Test
    void theSummaryComesWithoutItsLabelAndNoTextKeepsTheFeedFooter() {
        Article a = FeedEntryArticle.of(ketamineEntry());

        assertThat(a.summary()).startsWith("A small dose of ketamine keeps zebrafish and mice from “giving up”")
                .doesNotContain("Summary:");
        assertThat(a.bodyText()).contains("Researchers watched whole-brain activity")
                .doesNotContain("appeared first on").doesNotContain("Summary:");
        assertThat(a.description()).startsWith("A small dose of ketamine").doesNotContain("appeared first on");
        assertThat(a.bodyHtml()).doesNotContain("appeared first on");
    }

    @Test
    void theFeedsOwnTextKeepsNoFooterEither() {
        FeedEntry e = ketamineEntry();
        assertThat(e.summaryText()).doesNotContain("appeared first on");
        assertThat(e.contentText()).doesNotContain("appeared first on").contains("Researchers watched");
    }
}
