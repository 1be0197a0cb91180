package dev.feedrafter.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.extract.ArticleExtractor;
import dev.feedrafter.model.Article;
import dev.feedrafter.testing.Fixtures;
import org.junit.jupiter.api.Test;

class StoryIdentityTest {
    private static final String BASE = "https://outlet.test";
    private final ArticleExtractor extractor = new ArticleExtractor();

    private StoryIdentity identity(String page) {
        Article a = extractor.extract(Fixtures.text(page, BASE), BASE + "/a");
        return StoryIdentity.of(a);
    }

    @Test
    void readsEveryIdentityPartAPageOffers() {
        StoryIdentity tms = identity("pages/story/medicalxpress-tms.html");
        assertThat(tms.doi()).isEqualTo("10.1176/appi.ajp.20260412");
        assertThat(tms.urlKey()).isEqualTo("outlet.test/news/2026-11-compressed-tms-treatment-resistant-depression.html");
        assertThat(tms.fingerprint()).isNotNull();
        StoryIdentity ptsd = identity("pages/nn-ptsd-nightmares.html");
        assertThat(ptsd.nctId()).isEqualTo("NCT05512345");
    }

    /**
     * The threshold: a press release and its near-verbatim reprint are a few bits apart; different studies,
     * even on the same topic from the same site, are far beyond {@link StoryIdentity#NEAR_DUPLICATE_BITS}.
     */
    @Test
    void nearIdenticalRetellingsAreWithinTheThresholdAndDifferentStudiesFarBeyond() {
        long release = identity("pages/story/eurekalert-tms.html").fingerprint();
        long reprint = identity("pages/story/sciencedaily-tms.html").fingerprint();
        long ketamine = identity("pages/nn-ketamine-astrocytes.html").fingerprint();
        long ptsd = identity("pages/nn-ptsd-nightmares.html").fingerprint();
        assertThat(SimHash.distance(release, reprint)).isLessThanOrEqualTo(StoryIdentity.NEAR_DUPLICATE_BITS);
        assertThat(SimHash.distance(ketamine, ptsd)).isGreaterThan(3 * StoryIdentity.NEAR_DUPLICATE_BITS / 2);
        assertThat(SimHash.distance(release, ketamine)).isGreaterThan(3 * StoryIdentity.NEAR_DUPLICATE_BITS / 2);
    }

    @Test
    void shortTextsGetNoFingerprint() {
        assertThat(SimHash.of("Too short to compare")).isNull();
    }
}
