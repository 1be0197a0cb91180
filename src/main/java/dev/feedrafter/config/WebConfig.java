package dev.feedrafter.config;

import dev.feedrafter.util.Check;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The web server of {@code serve}: the address and port it listens on, who may log in, and how long a login
 * lasts without use. It listens on the loopback address unless {@code web.host} opens it to the network (e.g.
 * {@code 0.0.0.0} behind a proxy).
 */
public record WebConfig(String host, int port, List<EditorConfig> editors, Duration sessionTimeout) {
    static final String HOST = "127.0.0.1";
    static final int PORT = 8080;
    static final Duration SESSION_TIMEOUT = Duration.ofHours(12);

    public WebConfig {
        Check.notNull(host, "host");
        editors = List.copyOf(editors);
        Check.notNull(sessionTimeout, "sessionTimeout");
    }

    /** With the default session timeout. */
    public WebConfig(String host, int port, List<EditorConfig> editors) {
        this(host, port, editors, SESSION_TIMEOUT);
    }

    static WebConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("host", "port", "editors", "session_timeout"));
        String host = f.text("host", HOST);
        if (host.isEmpty() || host.contains(" ") || host.contains("/")) {
            problems.at(f.child("host"), "expected a host name or IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0");
            host = HOST;
        }
        List<EditorConfig> editors = f.list("editors", EditorConfig::read);
        Set<String> names = new HashSet<>();
        for (EditorConfig editor : editors) {
            if (!names.add(editor.name().toLowerCase(Locale.ROOT))) {
                problems.at(f.child("editors"), "the editor \"" + editor.name() + "\" is listed twice");
            }
        }
        Duration timeout = f.duration("session_timeout", SESSION_TIMEOUT);
        if (timeout.compareTo(Duration.ofMinutes(5)) < 0 || timeout.compareTo(Duration.ofDays(30)) > 0) {
            problems.at(f.child("session_timeout"), "must be between 5m and 30d, found " + timeout.toMinutes() + "m");
            timeout = SESSION_TIMEOUT;
        }
        return new WebConfig(host, f.integer("port", PORT, 0, 65535), editors, timeout);
    }
}
