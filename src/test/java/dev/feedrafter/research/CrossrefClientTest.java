package dev.feedrafter.research;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.feedrafter.config.CrossrefConfig;
import dev.feedrafter.config.FetchConfig;
import dev.feedrafter.model.Citation;
import dev.feedrafter.testing.Fixtures;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CrossrefClientTest {
    @RegisterExtension
    static WireMockExtension crossref = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String CELL = "/works/10.1016/j.celrep.2026.114872";
    private static final FetchConfig FETCH = new FetchConfig("Feedrafter/test (+https://example-clinic.test/contact)",
            true, Duration.ofSeconds(2), Duration.ofSeconds(30), 10_000_000);

    private CrossrefClient client(Duration timeout) {
        return new CrossrefClient(new CrossrefConfig(true, URI.create(crossref.baseUrl() + "/"),
                "editor@example-clinic.test", timeout), FETCH);
    }

    private static void serve(String path, String fixture) {
        crossref.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Fixtures.text("crossref/" + fixture))));
    }

    @Test
    void readsAWorkAsAnAmaCitationAndAsksPolitely() {
        serve(CELL, "work-celrep-ketamine.json");
        CrossrefClient.Lookup lookup = client(Duration.ofSeconds(5)).lookup("10.1016/j.celrep.2026.114872");
        assertThat(lookup).isInstanceOfSatisfying(CrossrefClient.Lookup.Found.class, f ->
                assertThat(f.work().citation()).isEqualTo(new Citation("Álvarez-Núñez J, Okafor N, Lindqvist E, et al.",
                        "Ketamine dampens astrocyte signals of futility to sustain effort in zebrafish and mice",
                        "Cell Reports", 2026, "10.1016/j.celrep.2026.114872")));
        crossref.verify(getRequestedFor(urlPathEqualTo(CELL))
                .withQueryParam("mailto", equalTo("editor@example-clinic.test"))
                .withHeader("User-Agent", containing("Feedrafter/")));
    }

    @Test
    void listsUpToSixAuthorsWithInitialsOrganizationsByNameAndDropsTitleMarkup() {
        serve("/works/10.1001/jamapsychiatry.2026.3391", "work-jama-ptsd.json");
        CrossrefClient.Lookup lookup = client(Duration.ofSeconds(5)).lookup("10.1001/jamapsychiatry.2026.3391");
        assertThat(lookup).isInstanceOfSatisfying(CrossrefClient.Lookup.Found.class, f -> {
            assertThat(f.work().authors()).isEqualTo("Whitcombe H, Osei K, Brandt ML, VA Sleep Research Consortium");
            assertThat(f.work().title()).isEqualTo("Imagery Rehearsal Therapy for Trauma-Related Nightmares in "
                    + "Veterans: A Randomized Clinical Trial");
            assertThat(f.work().year()).isEqualTo(2026);
            assertThat(f.work().journal()).isEqualTo("JAMA Psychiatry");
        });
    }

    @Test
    void anUnknownDoiIsNotFoundAndEveryOtherFailureIsAFailureNotAnException() {
        crossref.stubFor(get(urlPathEqualTo("/works/10.1000/unknown")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/plain").withBody("Resource not found.")));
        crossref.stubFor(get(urlPathEqualTo("/works/10.1000/error")).willReturn(aResponse().withStatus(500)));
        crossref.stubFor(get(urlPathEqualTo("/works/10.1000/garbage")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"ok\",\"message\":")));
        crossref.stubFor(get(urlPathEqualTo("/works/10.1000/slow")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1500).withBody("{}")));
        CrossrefClient client = client(Duration.ofMillis(300));
        assertThat(client.lookup("10.1000/unknown")).isInstanceOf(CrossrefClient.Lookup.NotFound.class);
        assertThat(client.lookup("10.1000/error")).isInstanceOfSatisfying(CrossrefClient.Lookup.Failed.class,
                f -> assertThat(f.reason()).contains("HTTP 500"));
        assertThat(client.lookup("10.1000/garbage")).isInstanceOfSatisfying(CrossrefClient.Lookup.Failed.class,
                f -> assertThat(f.reason()).contains("not JSON"));
        assertThat(client.lookup("10.1000/slow")).isInstanceOfSatisfying(CrossrefClient.Lookup.Failed.class,
                f -> assertThat(f.reason()).contains("timed out"));
        assertThat(client.lookup("javascript:alert(1)")).isInstanceOf(CrossrefClient.Lookup.Failed.class);
        crossref.verify(0, getRequestedFor(urlPathEqualTo("/works/javascript:alert(1)")));
    }
}
