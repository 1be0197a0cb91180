package dev.feedrafter.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.fetch.FetchOutcome.Failure;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** robots.txt for article pages, imitating a news site that keeps crawlers out of its member and search pages. */
class RobotsTxtTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ROBOTS = """
            # robots.txt for a news site
            User-agent: *
            Disallow: /wp-admin/
            Disallow: /search/
            Allow: /wp-admin/admin-ajax.php

            User-agent: GPTBot
            Disallow: /

            User-agent: Feedrafter
            Disallow: /members/
            Disallow: /search/

            Sitemap: https://news.example.test/sitemap_index.xml
            """;

    private URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    @BeforeEach
    void pages() {
        for (String path : new String[] {"/2026/11/ketamine-study/", "/members/ketamine-study/", "/search/ketamine",
            "/members/feed/"}) {
            server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("<html></html>")));
        }
    }

    private void robots(int status, String body) {
        server.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/plain").withBody(body)));
    }

    @Test
    void aDisallowedPageIsNotFetchedAndSaysWhy() {
        robots(200, ROBOTS);
        HttpFetcher fetcher = TestFetchConfig.local().fetcher();
        FetchOutcome outcome = fetcher.fetch(FetchRequest.page(url("/members/ketamine-study/")));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.ROBOTS);
            assertThat(f.reason()).isEqualTo(url("/members/ketamine-study/") + ": not fetched: " + url("/robots.txt")
                    + " disallows this page for Feedrafter");
        });
        assertThat(fetcher.fetch(FetchRequest.page(url("/search/ketamine")))).isInstanceOf(FetchOutcome.Failed.class);
        assertThat(fetcher.fetch(FetchRequest.page(url("/2026/11/ketamine-study/")))).isInstanceOf(FetchOutcome.Fetched.class);
        server.verify(0, getRequestedFor(urlPathEqualTo("/members/ketamine-study/")));
        server.verify(0, getRequestedFor(urlPathEqualTo("/search/ketamine")));
        server.verify(1, getRequestedFor(urlPathEqualTo("/robots.txt")));
    }

    @Test
    void robotsTxtIsAskedForWithTheUserAgentAndCachedPerHost() {
        robots(200, ROBOTS);
        HttpFetcher fetcher = TestFetchConfig.local().fetcher();
        for (int i = 0; i < 3; i++) {
            fetcher.fetch(FetchRequest.page(url("/2026/11/ketamine-study/")));
        }
        server.verify(1, getRequestedFor(urlPathEqualTo("/robots.txt")).withHeader("User-Agent",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(TestFetchConfig.USER_AGENT)));
    }

    @Test
    void feedsAreNotSubjectToRobotsTxt() {
        robots(200, ROBOTS);
        FetchOutcome outcome = TestFetchConfig.local().fetcher().fetch(FetchRequest.feed(url("/members/feed/"), null, null));
        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        server.verify(0, getRequestedFor(urlPathEqualTo("/robots.txt")));
    }

    @Test
    void apiCallsAreNotSubjectToRobotsTxtAndAskForJson() {
        robots(200, "User-agent: *\nDisallow: /\n");
        server.stubFor(get(urlPathEqualTo("/works/10.1016/j.celrep.2026.114872")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"status\":\"ok\"}")));
        FetchOutcome outcome = TestFetchConfig.local().fetcher()
                .fetch(FetchRequest.api(url("/works/10.1016/j.celrep.2026.114872")));
        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        server.verify(0, getRequestedFor(urlPathEqualTo("/robots.txt")));
        server.verify(getRequestedFor(urlPathEqualTo("/works/10.1016/j.celrep.2026.114872")).withHeader("Accept",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("application/json, */*;q=0.8")));
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        robots(404, "Not found");
        assertThat(TestFetchConfig.local().fetcher().fetch(FetchRequest.page(url("/members/ketamine-study/"))))
                .isInstanceOf(FetchOutcome.Fetched.class);
    }

    @Test
    void anUnreadableRobotsTxtDisallowsForNow() {
        robots(500, "Internal error");
        FetchOutcome outcome = TestFetchConfig.local().fetcher().fetch(FetchRequest.page(url("/2026/11/ketamine-study/")));
        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(Failure.ROBOTS);
            assertThat(f.reason()).contains("cannot be read now");
        });
        server.verify(0, getRequestedFor(urlPathEqualTo("/2026/11/ketamine-study/")));
    }

    @Test
    void robotsTxtCanBeSwitchedOff() {
        robots(200, ROBOTS);
        assertThat(TestFetchConfig.local().robots(false).fetcher().fetch(FetchRequest.page(url("/members/ketamine-study/"))))
                .isInstanceOf(FetchOutcome.Fetched.class);
        server.verify(0, getRequestedFor(urlPathEqualTo("/robots.txt")));
    }

    @Test
    void aCrawlDelaySpacesThePagesOfThatSite() {
        robots(200, "User-agent: *\nCrawl-delay: 1\nDisallow: /search/\n");
        HttpFetcher fetcher = TestFetchConfig.local().fetcher();
        fetcher.fetch(FetchRequest.page(url("/2026/11/ketamine-study/")));
        fetcher.fetch(FetchRequest.page(url("/members/ketamine-study/")));
        List<Long> at = new ArrayList<>();
        for (ServeEvent e : server.getAllServeEvents()) {
            if (!e.getRequest().getUrl().equals("/robots.txt")) {
                at.add(e.getRequest().getLoggedDate().getTime());
            }
        }
        assertThat(at).hasSize(2);
        assertThat(Math.abs(at.get(0) - at.get(1))).isGreaterThanOrEqualTo(950);
    }
}
