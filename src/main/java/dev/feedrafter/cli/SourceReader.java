package dev.feedrafter.cli;

import dev.feedrafter.Version;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FetchConfig;
import dev.feedrafter.fetch.FetchOutcome;
import dev.feedrafter.fetch.FetchRequest;
import dev.feedrafter.fetch.HttpFetcher;
import dev.feedrafter.util.FileErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a FILE_OR_URL argument of the debugging commands: a local file ({@code .gz} decompressed) or an
 * http(s) URL fetched with the configured (or, without feeds.yml, the built-in) fetch settings.
 */
final class SourceReader {
    /** The bytes of one source, with the Content-Type and base URL when known. */
    record Loaded(byte[] body, String contentType, String url) {}

    private final HttpFetcher fetcher;

    SourceReader(FeedrafterCommand root) {
        FetchConfig fetch = Files.isRegularFile(root.configFile())
                ? new ConfigLoader().load(root.configFile()).fetch()
                : FetchConfig.defaults("Feedrafter/" + Version.get());
        this.fetcher = new HttpFetcher(fetch);
    }

    Loaded read(String source, FetchRequest.Kind kind, String baseUrl) throws IOException {
        if (source.matches("(?i)^https?://.*")) {
            URI url = URI.create(source);
            FetchOutcome outcome = fetcher.fetch(new FetchRequest(url, kind, null, null));
            if (outcome instanceof FetchOutcome.Fetched f) {
                return new Loaded(f.body(), f.contentType(), f.finalUrl().toString());
            }
            throw new IOException(outcome.problem());
        }
        Path file = Path.of(source);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException(FileErrors.describe(e), e);  // the caller names the source
        }
        if (source.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new Loaded(bytes, null, baseUrl != null ? baseUrl : file.toAbsolutePath().toUri().toString());
    }
}
