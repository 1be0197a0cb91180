package dev.feedrafter.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads test fixtures from {@code src/test/resources/fixtures}, filling in {@code {{BASE}}} and {@code {{DIR}}}. */
public final class Fixtures {
    private Fixtures() {}

    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with {@code {{BASE}}} replaced by the mock server's address. */
    public static String text(String path, String base) {
        return text(path).replace("{{BASE}}", base);
    }

    /** Writes a configuration fixture into {@code dir} as feeds.yml, with its placeholders filled in. */
    public static Path config(String path, String base, Path dir) {
        try {
            Path file = dir.resolve("feeds.yml");
            Files.writeString(file, text(path).replace("{{BASE}}", base).replace("{{DIR}}", dir.toString()),
                    StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
