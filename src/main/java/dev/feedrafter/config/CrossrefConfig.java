package dev.feedrafter.config;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * Where missing parts of a research citation are looked up by DOI: the Crossref REST API ({@code base_url}),
 * the address sent with each request so Crossref can reach the operator ({@code mailto}, null when not set),
 * and how long to wait for an answer.
 */
public record CrossrefConfig(boolean enabled, URI baseUrl, String mailto, Duration timeout) {
    static final URI BASE_URL = URI.create("https://api.crossref.org");
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    public static final CrossrefConfig DEFAULTS = new CrossrefConfig(true, BASE_URL, null, TIMEOUT);

    static CrossrefConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("enabled", "base_url", "mailto", "timeout"));
        String mailto = f.text("mailto", null);
        if (mailto != null && !mailto.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.at(f.child("mailto"), "expected an e-mail address, found \"" + mailto + "\"");
            mailto = null;
        }
        return new CrossrefConfig(f.bool("enabled", true), f.url("base_url", BASE_URL), mailto,
                f.duration("timeout", TIMEOUT));
    }
}
