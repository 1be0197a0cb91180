package dev.feedrafter.config;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** Who the drafts speak for: the clinic's name, place, links, disclaimer and services. */
public record ClinicConfig(String name, String city, URI website, URI contactUrl, String disclaimer,
                          List<ServiceConfig> services) {
    static final String DEFAULT_DISCLAIMER = "This post is for general information and is not medical advice. "
            + "Talk with a qualified clinician about your own care.";

    public ClinicConfig {
        services = List.copyOf(services);
    }

    /** Where the call to action points: the contact page, else the website (null when neither is set). */
    public URI contactOrWebsite() {
        return contactUrl != null ? contactUrl : website;
    }

    static ClinicConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("name", "city", "website", "contact_url", "disclaimer",
                "services"));
        String name = f.requiredText("name");
        return new ClinicConfig(name == null ? "" : name, f.text("city", null), f.url("website", null),
                f.url("contact_url", null), f.text("disclaimer", DEFAULT_DISCLAIMER),
                f.list("services", ServiceConfig::read));
    }
}
