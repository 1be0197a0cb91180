package dev.feedrafter.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.model.FeedSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The feeds.yml shipped at the repository root is a valid, real starter configuration. */
class StarterConfigTest {
    @Test
    void theShippedFeedsYmlIsValid() {
        FeedrafterConfig c = new ConfigLoader(name -> null).load(Path.of("feeds.yml"));
        assertThat(c.clinic().services()).extracting(ServiceConfig::name)
                .containsExactly("Ketamine infusion therapy", "TMS therapy", "Psychotherapy");
        assertThat(c.clinic().services()).allSatisfy(s -> assertThat(s.pitch()).isNotBlank());
        assertThat(c.feeds()).hasSizeGreaterThanOrEqualTo(6).extracting(f -> f.url().getHost())
                .contains("neurosciencenews.com", "www.sciencedaily.com", "medicalxpress.com", "www.psypost.org");
        assertThat(c.feeds()).extracting(FeedSource::name).doesNotHaveDuplicates();
        assertThat(c.fetch().allowPrivateAddresses()).isFalse();
    }
}
