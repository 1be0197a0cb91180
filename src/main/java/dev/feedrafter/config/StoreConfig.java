package dev.feedrafter.config;

import java.nio.file.Path;
import java.util.Set;

/**
 * The database: a JDBC URL (H2 file by default, PostgreSQL for a cluster), optional credentials and
 * whether several {@code serve} processes share the polling.
 */
public record StoreConfig(String url, String username, String password, boolean cluster) {
    static final String DEFAULT_URL = "jdbc:h2:file:./data/feedrafter";

    /** True for a PostgreSQL URL. */
    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return "StoreConfig[url=" + url + ", username=" + username + ", cluster=" + cluster + "]";
    }

    static StoreConfig read(YamlNode node, Problems problems, Path baseDir) {
        Fields f = Fields.of(node, problems, Set.of("url", "username", "password", "cluster"));
        String url = f.text("url", DEFAULT_URL);
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            problems.at(f.child("url"), "expected a jdbc:h2: or jdbc:postgresql: URL, found \"" + url + "\"");
            url = DEFAULT_URL;
        }
        boolean cluster = f.bool("cluster", false);
        if (cluster && !url.startsWith("jdbc:postgresql:")) {
            problems.at(f.child("cluster"), "a cluster needs a shared PostgreSQL store (store.url: jdbc:postgresql://…)");
        }
        return new StoreConfig(resolveH2File(url, baseDir), f.text("username", null), f.text("password", null),
                cluster);
    }

    /** A relative H2 file path is taken relative to the configuration file, not the working directory. */
    static String resolveH2File(String url, Path baseDir) {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return url;
        }
        String rest = url.substring(prefix.length());
        int semicolon = rest.indexOf(';');
        String file = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String options = semicolon < 0 ? "" : rest.substring(semicolon);
        Path path = Path.of(file.startsWith("~") ? System.getProperty("user.home") + file.substring(1) : file);
        return prefix + baseDir.resolve(path).toAbsolutePath().normalize() + options;
    }
}
