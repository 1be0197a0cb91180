package dev.feedrafter.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Serves the WordPress research-news fixtures (feed and article pages) from a WireMock server. */
public final class ResearchNewsSite {
    public static final String KETAMINE = "/ketamine-astrocytes-perseverance-29871/";
    public static final String PTSD = "/ptsd-nightmare-rehearsal-29855/";
    public static final String HONEYBEE = "/honeybee-navigation-glare-29840/";

    private ResearchNewsSite() {}

    public static void serve(WireMockExtension server) {
        String base = server.baseUrl();
        server.stubFor(get(urlPathEqualTo("/feed/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=UTF-8")
                .withBody(Fixtures.text("feeds/wordpress-research-news.xml", base))));
        page(server, KETAMINE, "pages/nn-ketamine-astrocytes.html");
        page(server, PTSD, "pages/nn-ptsd-nightmares.html");
        page(server, HONEYBEE, "pages/nn-honeybee-navigation.html");
    }

    private static void page(WireMockExtension server, String path, String fixture) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withBody(Fixtures.text(fixture, server.baseUrl()))));
    }
}
