package dev.feedrafter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import dev.feedrafter.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Feed variants that research-news sites really publish, beyond {@link FeedParserTest}'s fixtures. */
class FeedVariantsTest {
    private static final Instant FETCHED = Instant.parse("2026-11-26T12:00:00Z");
    private final FeedParser parser = new FeedParser(Clock.fixed(FETCHED, ZoneOffset.UTC));

    private ParsedFeed fixture(String name, String url) {
        return parser.parse(Fixtures.text("feeds/" + name).getBytes(StandardCharsets.UTF_8), null, name, url);
    }

    @Test
    void wordPressItemTakesItsDoiFromTheOriginalResearchLinkInItsContent() {
        FeedEntry e = fixture("neurosciencenews-closed-access.xml", "https://neurosciencenews.com/feed/").entries().get(0);
        assertThat(e.doi()).isEqualTo("10.1523/JNEUROSCI.0412-26.2026");
        assertThat(e.pmid()).isNull();
        assertThat(e.image()).isEqualTo("https://neurosciencenews.com/files/2026/11/sleep-spindles-memory-neurosicence.jpg");
        assertThat(e.contentText()).doesNotContain("appeared first on");
    }

    @Test
    void jsonFeedTitleIsPlainTextAndIdsComeFromTheText() {
        ParsedFeed feed = fixture("json-feed-markup-title.json", "https://brainhealth.example/feed.json");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.title()).isEqualTo("Walking & mood: what the new meta-analysis says");
        assertThat(first.doi()).isEqualTo("10.1136/bjsm-2026-108811");
        assertThat(first.pmid()).isEqualTo("39912345");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
        assertThat(first.authors()).containsExactly("Dr. Lena Park", "Sam O’Brien");
        FeedEntry second = feed.entries().get(1);
        assertThat(second.contentText()).isEqualTo("Short note – with mojibake café.");
        assertThat(second.image()).isEqualTo("https://brainhealth.example/img/x.png");
    }

    @Test
    void doiIsReadFromPublisherLinkPaths() {
        ParsedFeed feed = fixture("publisher-doi-links.xml", "https://journals.sagepub.com/action/showFeed?jc=jop");
        assertThat(feed.entries()).extracting(FeedEntry::doi).containsExactly("10.1177/02698811261230001",
                "10.1080/15622975.2026.2401122", "10.1101/2026.11.17.688210", "10.3389/fpsyt.2026.1502231");
        assertThat(feed.entries().get(0).authors()).containsExactly("Ana Ribeiro", "Tomás Ferreira");
    }

    @Test
    void anEntryDatedByTheFetchIsDatedToTheSecondLikeEveryOther() {
        FeedParser nanoClock = new FeedParser(Clock.fixed(Instant.parse("2026-11-26T12:00:07.612312460Z"), ZoneOffset.UTC));
        ParsedFeed feed = nanoClock.parse(Fixtures.text("feeds/unreadable-dates.xml").getBytes(StandardCharsets.UTF_8),
                null, "dates", "https://x.test/feed");
        assertThat(feed.entries()).extracting(FeedEntry::published).containsExactly(
                Instant.parse("2026-11-26T12:00:07Z"), Instant.parse("2026-11-26T12:00:07Z"),
                Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(feed.entries().get(0).warnings()).contains("no readable date; using the fetch time");
    }

    @Test
    void atomImageEnclosureIsTheEntrysImageAndAuthorsInOneNameAreSplit() {
        ParsedFeed feed = fixture("journal-atom-enclosure.xml", "https://www.frontiersin.org/journals/psychiatry/rss");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.image()).isEqualTo("https://www.frontiersin.org/files/Articles/1502231/thumb.jpg");
        assertThat(first.title()).isEqualTo("Psilocybin-assisted therapy for alcohol use disorder & relapse");
        assertThat(first.doi()).isEqualTo("10.3389/fpsyt.2026.1502231");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-25T08:12:00Z"));
        FeedEntry second = feed.entries().get(1);
        assertThat(second.authors()).containsExactly("Élise Moreau", "Pieter van der Berg", "Siobhán O'Neill");
        assertThat(second.image()).isEqualTo("https://www.frontiersin.org/img/fig1.png");
    }
}
