package dev.feedrafter.config;

import java.util.List;
import java.util.Set;

/**
 * The web server of {@code serve}: the address and port it listens on, and who may log in. It listens on the
 * loopback address unless {@code web.host} opens it to the network (e.g. {@code 0.0.0.0} behind a proxy).
 */
public record WebConfig(String host, int port, List<EditorConfig> editors) {
    static final String HOST = "127.0.0.1";
    static final int PORT = 8080;

    public WebConfig {
        editors = List.copyOf(editors);
    }

    static WebConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("host", "port", "editors"));
        String host = f.text("host", HOST);
        if (host.isEmpty() || host.contains(" ") || host.contains("/")) {
            problems.at(f.child("host"), "expected a host name or IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0");
            host = HOST;
        }
        return new WebConfig(host, f.integer("port", PORT, 0, 65535), f.list("editors", EditorConfig::read));
    }
}
