package dev.feedrafter.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Schedule;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One randomized sham-controlled TMS trial told by four outlets with different titles (EurekAlert, ScienceDaily,
 * MedicalXpress, Neuroscience News), each with its own feed, served from WireMock.
 */
public final class OneStudyFourOutlets {
    public static final String DOI = "10.1176/appi.ajp.20260412";
    public static final List<String[]> OUTLETS = List.of(
            new String[] {"EurekAlert", "/eurekalert/rss.xml", "feeds/story/eurekalert.xml",
                "/news-releases/1102938", "pages/story/eurekalert-tms.html"},
            new String[] {"ScienceDaily", "/sciencedaily/rss/mind_brain.xml", "feeds/story/sciencedaily.xml",
                "/releases/2026/11/261117133512.htm", "pages/story/sciencedaily-tms.html"},
            new String[] {"MedicalXpress", "/medicalxpress/rss-feed/psychiatry-news/", "feeds/story/medicalxpress.xml",
                "/news/2026-11-compressed-tms-treatment-resistant-depression.html", "pages/story/medicalxpress-tms.html"},
            new String[] {"Neuroscience News", "/nn/feed/", "feeds/story/neurosciencenews.xml",
                "/accelerated-tms-depression-29902/", "pages/story/neurosciencenews-tms.html"});

    private OneStudyFourOutlets() {}

    public static void serve(WireMockExtension site) {
        for (String[] o : OUTLETS) {
            site.stubFor(get(urlPathEqualTo(o[1])).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                    .withBody(Fixtures.text(o[2], site.baseUrl()))));
            site.stubFor(get(urlPathEqualTo(o[3])).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody(Fixtures.text(o[4], site.baseUrl()))));
        }
    }

    /** The feed of outlet {@code i} (0–3) as configured. */
    public static FeedSource feed(WireMockExtension site, int i) {
        return new FeedSource(OUTLETS.get(i)[0], URI.create(site.baseUrl() + OUTLETS.get(i)[1]),
                Schedule.every(Duration.ofMinutes(30)), true, 3650, List.of());
    }

    public static List<FeedSource> feeds(WireMockExtension site) {
        return List.of(feed(site, 0), feed(site, 1), feed(site, 2), feed(site, 3));
    }
}
