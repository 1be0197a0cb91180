package dev.feedrafter.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import dev.feedrafter.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FeedParserTest {
    private static final String BASE = "https://neurosciencenews.test";
    private static final Instant FETCHED = Instant.parse("2026-11-26T12:00:00Z");
    private final FeedParser parser = new FeedParser(Clock.fixed(FETCHED, ZoneOffset.UTC));

    @RegisterExtension
    static WireMockExtension attacker = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private ParsedFeed fixture(String name, String url) {
        return parser.parse(Fixtures.text("feeds/" + name).getBytes(StandardCharsets.UTF_8), null, name, url);
    }

    private ParsedFeed xml(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), "application/xml", "test feed", "https://x.test/feed");
    }

    @Test
    void windows1252LabelledUtf8KeepsItsCurlyQuotesAndMojibakeIsRepaired() {
        String feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Lab News</title>"
                + "<item><title>The brain\u2019s \u201cfilter\u201d</title><link>https://x.test/a</link></item>"
                + "<item><title>CafÃ© study: weâ€™re calmer</title><link>https://x.test/b</link></item></channel></rss>";
        byte[] bytes = feed.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ParsedFeed parsed = parser.parse(bytes, "application/rss+xml; charset=UTF-8", "Lab News", "https://x.test/feed");
        assertThat(parsed.entries()).extracting(FeedEntry::title)
                .containsExactly("The brain\u2019s \u201cfilter\u201d", "Café study: we\u2019re calmer");
    }

    @Test
    void readsAWordPressResearchNewsFeed() {
        byte[] xml = Fixtures.text("feeds/wordpress-research-news.xml", BASE).getBytes(StandardCharsets.UTF_8);
        ParsedFeed feed = parser.parse(xml, "application/rss+xml; charset=UTF-8", "Neuroscience News", BASE + "/feed/");
        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.title()).isEqualTo("Neuroscience News");
        assertThat(feed.warnings()).isEmpty();
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
    void pubMedGivesOneCreatorPerAuthorAndItsIdentifiers() {
        ParsedFeed feed = fixture("pubmed-search.xml", "https://pubmed.ncbi.nlm.nih.gov/rss/search/1Xk9dQe0aBcD/");
        assertThat(feed.ttl()).isEqualTo(Duration.ofMinutes(120));
        FeedEntry e = feed.entries().get(0);
        assertThat(e.id()).isEqualTo("pubmed:41234567");
        assertThat(e.authors()).containsExactly("Maribel Quintero-Salas", "Tobias Engström", "Aiyana Redcloud");
        assertThat(e.pmid()).isEqualTo("41234567");
        assertThat(e.doi()).isEqualTo("10.1016/j.jad.2026.11.014");
        assertThat(e.published()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(e.summaryText()).contains("BACKGROUND: Rapid relief of suicidal thoughts remains an unmet need & a research")
                .doesNotContain("&amp;", "<");
        assertThat(e.warnings()).isEmpty();
        assertThat(feed.entries().get(1).authors()).containsExactly("Hye-jin Park");
        assertThat(feed.entries().get(1).doi()).isEqualTo("10.1016/j.psychres.2026.116402");
    }

    @Test
    void bioRxivSplitsItsSingleCommaSeparatedCreator() {
        ParsedFeed feed = fixture("biorxiv-neuroscience.rdf", "http://connect.biorxiv.org/biorxiv_xml/neuroscience");
        assertThat(feed.format()).isEqualTo("rss_1.0");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.title()).isEqualTo("Astrocytic calcium waves gate the antidepressant response to ketamine in mice");
        assertThat(e.link()).isEqualTo("http://biorxiv.org/cgi/content/short/2026.11.17.688210v1?rss=1");
        assertThat(e.authors()).containsExactly("Okonkwo, C. A.", "Lindqvist, E.", "Mbeki-Hart, T. J.", "Rossi, G.");
        assertThat(e.doi()).isEqualTo("10.1101/2026.11.17.688210");
        assertThat(e.published()).isEqualTo(Instant.parse("2026-11-19T00:00:00Z"));
        assertThat(feed.entries().get(1).authors()).containsExactly("Haddad, N.");
    }

    @Test
    void natureRdfCarriesItsDoiInPrism() {
        ParsedFeed feed = fixture("nature-rdf-prism.rdf", "https://www.nature.com/nature.rss");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.title()).isEqualTo("A brainstem circuit for persistence after failure");
        assertThat(e.doi()).isEqualTo("10.1038/s41586-026-09123-4");
        assertThat(e.authors()).containsExactly("Ingrid Solheim", "Kwame Asante-Boateng");
        assertThat(e.image()).isEqualTo("https://www.nature.com/articles/s41586-026-09123-4/figures/1");
        assertThat(e.contentText()).startsWith("Nature, Published online: 18 November 2026");
    }

    @Test
    void scienceDailyEstDatesAndCommentsAfterTheRoot() {
        ParsedFeed feed = fixture("sciencedaily-mind-brain.xml", "https://www.sciencedaily.com/rss/mind_brain.xml");
        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.title()).isEqualTo("Mind & Brain News -- ScienceDaily");
        assertThat(feed.ttl()).isEqualTo(Duration.ofMinutes(60));
        assertThat(feed.entries()).extracting(FeedEntry::published).containsExactly(
                Instant.parse("2026-11-19T18:45:12Z"), Instant.parse("2026-11-18T15:10:10Z"));
        assertThat(feed.entries().get(0).id()).isEqualTo("https://www.sciencedaily.com/releases/2026/11/261119134512.htm");
    }

    @Test
    void medicalXpressEdtDatesAndMediaThumbnails() {
        ParsedFeed feed = fixture("medicalxpress-psychology.xml", "https://medicalxpress.com/rss-feed/psychology-psychiatry-news/");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.published()).isEqualTo(Instant.parse("2026-10-19T13:40:01Z"));
        assertThat(e.image()).isEqualTo("https://scx1.b-cdn.net/csz/news/tmb/2026/breathing-exercise.jpg");
        assertThat(e.categories()).containsExactly("Psychology & Psychiatry");
        assertThat(e.id()).isEqualTo("news648911201");
    }

    @Test
    void aSloppyWordPressFeedIsReadWithNotesAndSanitized() {
        ParsedFeed feed = fixture("wordpress-lenient.xml", "https://clinic-notes.test/feed/");
        assertThat(feed.warnings()).contains("ignored text before the start of the feed",
                "decoded HTML entities that XML does not declare", "escaped a bare '&'");
        FeedEntry tms = feed.entries().get(0);
        assertThat(tms.title()).isEqualTo("TMS & depression: what the new guidelines say");
        assertThat(tms.link()).isEqualTo("https://clinic-notes.test/2026/11/tms-guidelines/");
        assertThat(tms.authors()).containsExactly("Dr. Lena Hoffmann");
        assertThat(tms.image()).isEqualTo("https://clinic-notes.test/wp-content/uploads/2026/11/tms-coil.jpg");
        assertThat(tms.contentHtml()).contains("<strong>TMS</strong>", "href=\"https://clinic-notes.test/contact/\"")
                .doesNotContain("<script", "<style", "<iframe", "onclick", "javascript:", "document.write");
        assertThat(tms.contentText()).contains("Q&A sessions & more.");
        FeedEntry faq = feed.entries().get(1);
        assertThat(faq.title()).isEqualTo("Ketamine clinic FAQ R&D update");
        assertThat(faq.summaryText()).isEqualTo("Answers © 2026 to the questions we hear most.");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = Fixtures.text("feeds/xxe.xml").replace("http://127.0.0.1:9", attacker.baseUrl());
        ParsedFeed feed = xml(xxe);
        assertThat(feed.title()).doesNotContain("root:").contains("Innocent feed");
        assertThat(feed.entries().get(0).summaryText()).doesNotContain("root:");
        assertThat(attacker.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void entityExpansionIsBounded() {
        ParsedFeed feed = xml(Fixtures.text("feeds/billion-laughs.xml"));
        assertThat(feed.title().length()).isLessThan(100);
        assertThat(feed.entries().get(0).title()).isEqualTo("One lol");
    }

    @Test
    void atomResolvesXmlBaseAndFindsDoisInIds() {
        ParsedFeed feed = fixture("plos-atom.xml", "https://journals.plos.test/plosone/feed/atom");
        assertThat(feed.format()).isEqualTo("atom_1.0");
        assertThat(feed.link()).isEqualTo("https://journals.plos.test/plosone/");
        FeedEntry first = feed.entries().get(0);
        assertThat(first.link()).isEqualTo("https://journals.plos.test/plosone/article?id=10.1371/journal.pone.0334455");
        assertThat(first.doi()).isEqualTo("10.1371/journal.pone.0334455");
        assertThat(first.title()).isEqualTo("Mindfulness training and resting heart-rate variability");
        assertThat(first.summaryHtml()).contains("href=\"https://journals.plos.test/plosone/figure/1\"");
        assertThat(first.authors()).containsExactly("PLOS");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-20T14:00:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2026-11-20T19:05:00Z"));
        FeedEntry second = feed.entries().get(1);
        assertThat(second.title()).isEqualTo("Sleep & anxiety in shift workers: <a cohort>");
        assertThat(second.authors()).containsExactly("Ana Ferreira", "Jonas Weber");
        assertThat(second.contentHtml()).contains("href=\"https://journals.plos.test/plosone/sleep/fig2.png\"");
        assertThat(second.published()).isEqualTo(Instant.parse("2026-11-19T00:00:00Z"));
    }

    @Test
    void readsJsonFeed() {
        ParsedFeed feed = parser.parse(Fixtures.text("feeds/journal-feed.json").getBytes(StandardCharsets.UTF_8),
                "application/feed+json", "Briefs", "https://briefs.test/feed.json");
        assertThat(feed.format()).isEqualTo("json_1.1");
        assertThat(feed.title()).isEqualTo("Brain Health Briefs");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.link()).isEqualTo("https://briefs.test/2026/11/psilocybin-anxiety");
        assertThat(e.contentHtml()).contains("href=\"https://briefs.test/notes/1\"").doesNotContain("script");
        assertThat(e.image()).isEqualTo("https://briefs.test/img/p.jpg");
        assertThat(e.authors()).containsExactly("R. Adeyemi", "M. Castillo");
        assertThat(e.published()).isEqualTo(Instant.parse("2026-11-18T14:00:00Z"));
        assertThat(e.updated()).isEqualTo(Instant.parse("2026-11-18T12:00:00Z"));
        assertThat(e.categories()).containsExactly("psychedelics", "anxiety");
        assertThat(e.doi()).isEqualTo("10.1177/02698811261234567");
        FeedEntry undated = feed.entries().get(1);
        assertThat(undated.published()).isEqualTo(FETCHED);
        assertThat(undated.warnings()).containsExactly("no date; using the fetch time");
        assertThat(undated.contentText()).isEqualTo("Plain <text> & more.");
        assertThat(undated.authors()).containsExactly("Briefs Desk");
    }

    @Test
    void theFormatIsSniffedFromTheBytesNotTheUrlOrType() {
        byte[] json = Fixtures.text("feeds/journal-feed.json").getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(json, "text/xml", "feed", "https://briefs.test/rss.xml").format()).isEqualTo("json_1.1");
        byte[] atom = Fixtures.text("feeds/plos-atom.xml").getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(atom, "application/json", "feed", "https://x.test/feed.json").format()).isEqualTo("atom_1.0");
    }

    @Test
    void aWebPageIsOneClearErrorNamingTheRootAndLine() {
        byte[] html = Fixtures.text("feeds/news-page.html").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(html, "text/html", "Some Feed (https://x.test/feed)", "https://x.test/feed"))
                .isInstanceOf(ParseException.class)
                .hasMessage("Some Feed (https://x.test/feed):2: root element <html> is not RSS or Atom: "
                        + "this is a web page, not a feed");
    }

    @Test
    void emptyOrHopelessInputIsOneLineError() {
        assertThatThrownBy(() -> parser.parse(new byte[0], null, "Empty", null)).isInstanceOf(ParseException.class)
                .hasMessage("Empty: the feed is empty");
        assertThatThrownBy(() -> xml("just some words, no markup")).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("test feed:1: not well-formed XML: ").message().doesNotContain("\n");
        assertThatThrownBy(() -> xml("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>"))
                .hasMessage("test feed:1: root element <opml> is an OPML subscription list, not a feed "
                        + "(use \"feeds import-opml\")");
        assertThatThrownBy(() -> parser.parse("{\"title\": 1}".getBytes(StandardCharsets.UTF_8), null, "j", null))
                .hasMessageContaining("not a JSON Feed");
    }

    @Test
    void aTruncatedFeedStillYieldsItsEntries() {
        ParsedFeed feed = xml("<rss version=\"2.0\"><channel><title>Cut</title><item><title>One</title>"
                + "<link>https://x.test/1</link></item><item><title>Two</title><description><![CDATA[half");
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("One", "Two");
        assertThat(feed.warnings()).anyMatch(w -> w.startsWith("not well-formed XML (line 1: "));
    }

    @Test
    void aLargeFeedOfBareAmpersandsAndOneRepeatedLinkStaysLinear() {
        String item = "<item><title>R & D & more &</title><link>https://x.test/a?b=1&c=2</link></item>";
        ParsedFeed feed = xml("<rss version=\"2.0\"><channel>" + item.repeat(5_000) + "</channel></rss>");
        assertThat(feed.entries()).hasSize(5_000);
        assertThat(feed.entries().get(4_999).title()).isEqualTo("R & D & more &");
        assertThat(feed.entries().get(0).link()).isEqualTo("https://x.test/a?b=1&c=2");
    }

    @Test
    void repeatedGuidsAreDisambiguatedStably() {
        String item = "<item><guid>same</guid><title>%s</title><link>https://x.test/%s</link>"
                + "<pubDate>Mon, 16 Nov 2026 07:30:00 GMT</pubDate></item>";
        String doc = "<rss version=\"2.0\"><channel>" + item.formatted("A", "a") + item.formatted("B", "b")
                + "</channel></rss>";
        ParsedFeed once = xml(doc);
        ParsedFeed again = xml(doc);
        assertThat(once.entries()).extracting(FeedEntry::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("same#"));
        assertThat(again.entries()).extracting(FeedEntry::id)
                .containsExactlyElementsOf(once.entries().stream().map(FeedEntry::id).toList());
        assertThat(once.entries().get(0).warnings()).anyMatch(w -> w.startsWith("the feed repeats the id \"same\""));
    }

    @Test
    void withoutGuidTheIdIsTheCleanedLinkElseAHash() {
        ParsedFeed feed = xml("<rss version=\"2.0\"><channel><item><title>A</title>"
                + "<link> https://x.test/a?utm_source=rss&amp;id=7 </link></item><item><title>B</title></item>"
                + "</channel></rss>");
        assertThat(feed.entries().get(0).id()).isEqualTo("https://x.test/a?id=7");
        assertThat(feed.entries().get(0).link()).isEqualTo("https://x.test/a?utm_source=rss&id=7");
        assertThat(feed.entries().get(1).id()).startsWith("sha256:");
    }

    @Test
    void anUnreadableDateIsAWarningAndTheFetchTimeStandsIn() {
        ParsedFeed feed = xml("<rss version=\"2.0\"><channel><item><title>A</title><link>https://x.test/a</link>"
                + "<pubDate>sometime last week</pubDate></item></channel></rss>");
        FeedEntry e = feed.entries().get(0);
        assertThat(e.published()).isEqualTo(FETCHED);
        assertThat(e.warnings()).containsExactly("unreadable date \"sometime last week\" in <pubDate>",
                "no readable date; using the fetch time");
    }

    @Test
    void decodesUtf16WithAByteOrderMark() {
        String doc = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Ünïcödé</title>"
                + "</channel></rss>";
        byte[] bytes = ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16LE);
        ParsedFeed feed = parser.parse(bytes, null, "utf16", null);
        assertThat(feed.title()).isEqualTo("Ünïcödé");
        assertThat(feed.encoding()).isEqualTo("UTF-16LE");
    }
}
