package dev.feedrafter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compares output with a fixture under {@code src/test/resources/fixtures}. Run the tests with
 * {@code -Dgolden.update=true} to (re)write the fixtures from the current output, then review the diff.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Golden() {}

    public static void assertMatches(String fixture, String actual) {
        if (Boolean.getBoolean("golden.update")) {
            try {
                Files.createDirectories(ROOT.resolve(fixture).getParent());
                Files.writeString(ROOT.resolve(fixture), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).as("output differs from the golden file %s (rerun with -Dgolden.update=true to accept "
                + "a deliberate change, then review the diff)", fixture).isEqualTo(Fixtures.text(fixture));
    }
}
