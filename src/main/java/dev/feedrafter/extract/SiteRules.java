package dev.feedrafter.extract;

import dev.feedrafter.config.SiteRule;
import dev.feedrafter.config.SiteRulesConfig;
import dev.feedrafter.util.Check;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-site extraction rules: those of feeds.yml's {@code site_rules:} first, then the built-in ones
 * ({@code extract/site-rules.yml}). A page gets the first rule whose domain is its host or a parent of it;
 * a page of any other site is read by the generic heuristics alone.
 */
public final class SiteRules {
    static final String RESOURCE = "/extract/site-rules.yml";
    private static final List<SiteRule> BUILT_IN = load();
    private final List<SiteRule> rules;

    private SiteRules(List<SiteRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules only. */
    public static SiteRules builtIn() {
        return new SiteRules(BUILT_IN);
    }

    /** The rules of feeds.yml, ahead of the built-in ones. */
    public static SiteRules withConfigured(SiteRulesConfig configured) {
        Check.notNull(configured, "configured");
        List<SiteRule> all = new ArrayList<>(configured.rules());
        all.addAll(BUILT_IN);
        return new SiteRules(all);
    }

    /** Every rule, in the order they are tried. */
    public List<SiteRule> all() {
        return rules;
    }

    /** The rule for the page at {@code url}; empty for a site without one or a URL without a host. */
    public Optional<SiteRule> forUrl(String url) {
        String host = host(url);
        if (host == null) {
            return Optional.empty();
        }
        return rules.stream().filter(r -> r.appliesTo(host)).findFirst();
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<SiteRule> load() {
        try (InputStream in = SiteRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in site rules " + RESOURCE + " are missing from the jar");
            }
            return SiteRulesConfig.parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8)).rules();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in site rules " + RESOURCE, e);
        }
    }
}
