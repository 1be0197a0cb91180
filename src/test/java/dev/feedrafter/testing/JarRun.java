package dev.feedrafter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded jar as a user would, {@code java -jar target/feedrafter.jar ARGS}, in {@code dir} and in the
 * C locale (so that output is UTF-8 by Feedrafter's own doing), and captures what it printed.
 */
public record JarRun(int code, String out, String err) {
    public static Path jar() {
        return Path.of(System.getProperty("feedrafter.jar", "target/feedrafter.jar")).toAbsolutePath();
    }

    public static JarRun of(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        pb.environment().remove("FEEDRAFTER_CONFIG");
        Path stderr = dir.resolve("stderr-" + System.nanoTime() + ".txt");
        pb.redirectError(stderr.toFile());
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the jar finished").isTrue();
            return new JarRun(p.exitValue(), out, Files.readString(stderr, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
