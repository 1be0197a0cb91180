package dev.feedrafter.cli;

import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.web.Passwords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code serve --demo} runs on: the bundled demo configuration (a sample clinic whose feeds are the sample
 * site that the web server itself serves under {@code /demo-site/}, so no internet is needed), a store in a
 * temporary folder, and an editor account with a new random password. The demo alone may fetch from this
 * machine's own address.
 */
final class DemoSetup {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);
    static final String EDITOR = "demo";
    static final int PREFERRED_PORT = 8080;
    private static final String HOST = "127.0.0.1";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final Path dir;
    private final String password;
    private final FeedrafterConfig config;

    private DemoSetup(Path dir, String password, FeedrafterConfig config) {
        this.dir = dir;
        this.password = password;
        this.config = config;
    }

    static DemoSetup create() {
        try {
            Path dir = Files.createTempDirectory("feedrafter-demo-");
            String password = randomPassword();
            int port = freePort();
            String text = resource("/demo/feeds.yml")
                    .replace("{{BASE}}", "http://" + HOST + ":" + port + "/demo-site")
                    .replace("{{PORT}}", String.valueOf(port))
                    .replace("{{DIR}}", dir.toString())
                    .replace("{{PASSWORD_HASH}}", Passwords.hash(password.toCharArray()));
            return new DemoSetup(dir, password, new ConfigLoader().parse("demo/feeds.yml (bundled)", text, dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the demo: " + e.getMessage(), e);
        }
    }

    FeedrafterConfig config() {
        return config;
    }

    Path dir() {
        return dir;
    }

    String password() {
        return password;
    }

    /** Removes the demo's temporary folder; what cannot be removed is left for the system's temp cleaning. */
    void delete() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not remove the demo's folder {}: {}", dir, e.getMessage());
        }
    }

    /** 8080 when it is free, so the README's address works; any free port otherwise. */
    private static int freePort() throws IOException {
        InetAddress loopback = InetAddress.getByName(HOST);
        try (ServerSocket socket = new ServerSocket(PREFERRED_PORT, 1, loopback)) {
            return socket.getLocalPort();
        } catch (IOException taken) {
            try (ServerSocket socket = new ServerSocket(0, 1, loopback)) {
                return socket.getLocalPort();
            }
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            if (i == 3 || i == 7) {
                password.append('-');
            }
        }
        return password.toString();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DemoSetup.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("the demo is missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
