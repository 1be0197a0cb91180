package dev.feedrafter.config;

import java.util.List;
import java.util.Set;

/** The editor web UI: its port and who may log in. */
public record WebConfig(int port, List<EditorConfig> editors) {
    static final int PORT = 8080;

    public WebConfig {
        editors = List.copyOf(editors);
    }

    static WebConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("port", "editors"));
        return new WebConfig(f.integer("port", PORT, 0, 65535), f.list("editors", EditorConfig::read));
    }
}
