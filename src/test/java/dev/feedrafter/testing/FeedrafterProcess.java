package dev.feedrafter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shaded jar running as a process of its own (e.g. {@code serve}), with its output in files. */
public final class FeedrafterProcess implements AutoCloseable {
    private static final Pattern HEALTH_URL = Pattern.compile("health: (http://\\S+/health)");

    private final Process process;
    private final Path out;
    private final Path err;

    private FeedrafterProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code java -jar feedrafter.jar ARGS} in {@code dir}; {@code name} names its output files. */
    public static FeedrafterProcess start(Path dir, String name, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("feedrafter.jar", "target/feedrafter.jar")));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().remove("FEEDRAFTER_CONFIG");
        try {
            return new FeedrafterProcess(pb.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String out() {
        return read(out);
    }

    public String err() {
        return read(err);
    }

    /** The health URL that {@code serve} logs once it is up. */
    public String awaitHealthUrl(Duration limit) {
        try {
            Eventually.await("serve to start", limit, () -> HEALTH_URL.matcher(err()).find() || !isAlive());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; its log:\n" + err(), e);
        }
        Matcher m = HEALTH_URL.matcher(err());
        if (!m.find()) {
            throw new AssertionError("serve ended without starting:\n" + err());
        }
        return m.group(1);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as a service manager or Ctrl-C stops it. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: the process dies at once, as in a crash or power loss. */
    public void kill() {
        process.destroyForcibly();
    }

    public int waitForExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("still running after " + limit.toSeconds() + " s:\n" + err());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
