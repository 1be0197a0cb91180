package dev.feedrafter.research;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.feedrafter.config.CrossrefConfig;
import dev.feedrafter.config.FetchConfig;
import dev.feedrafter.fetch.FetchOutcome;
import dev.feedrafter.fetch.FetchRequest;
import dev.feedrafter.fetch.HttpFetcher;
import dev.feedrafter.util.Check;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Looks up a work by DOI in the Crossref REST API ({@code GET /works/{doi}}), politely: Feedrafter's
 * User-Agent, the operator's {@code mailto}, a short timeout and a bounded answer. Never throws for a bad
 * answer: the {@link Lookup} says whether the work was found, is unknown to Crossref, or could not be asked.
 */
public final class CrossrefClient {
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CrossrefConfig config;
    private final HttpFetcher fetcher;

    public CrossrefClient(CrossrefConfig config, FetchConfig fetch) {
        this.config = Check.notNull(config, "config");
        Check.notNull(fetch, "fetch");
        Duration connect = fetch.connectTimeout().compareTo(config.timeout()) < 0 ? fetch.connectTimeout()
                : config.timeout();
        this.fetcher = new HttpFetcher(new FetchConfig(fetch.userAgent(), fetch.allowPrivateAddresses(), connect,
                config.timeout(), Math.min(fetch.maxBytes(), MAX_BYTES)));
    }

    /** What a lookup found. */
    public sealed interface Lookup {
        /** The work, as Crossref describes it. */
        record Found(CrossrefWork work) implements Lookup {}

        /** Crossref does not know this DOI (HTTP 404). */
        record NotFound() implements Lookup {}

        /** No usable answer this time (network, timeout, rate limit, server error, unreadable JSON). */
        record Failed(String reason) implements Lookup {}
    }

    public Lookup lookup(String doi) {
        Check.notBlank(doi, "doi");
        if (!DOI.matcher(doi).matches()) {
            return new Lookup.Failed("not a DOI: " + doi);
        }
        FetchOutcome outcome = fetcher.fetch(FetchRequest.page(url(doi)));
        if (outcome instanceof FetchOutcome.Fetched f) {
            try {
                JsonNode root = JSON.readTree(f.body());
                JsonNode message = root.path("message");
                if (!"work".equals(root.path("message-type").asText()) || !message.isObject()) {
                    return new Lookup.Failed("Crossref answered for " + doi + " without a work");
                }
                return new Lookup.Found(CrossrefWork.of(message));
            } catch (JsonProcessingException e) {
                return new Lookup.Failed("Crossref's answer for " + doi + " is not JSON: " + e.getOriginalMessage());
            } catch (java.io.IOException e) {
                return new Lookup.Failed("cannot read Crossref's answer for " + doi + ": " + e.getMessage());
            }
        }
        if (outcome instanceof FetchOutcome.Failed failed && failed.status() == 404) {
            return new Lookup.NotFound();
        }
        return new Lookup.Failed(outcome.problem());
    }

    private URI url(String doi) {
        String base = config.baseUrl().toString().replaceAll("/+$", "");
        String path = URLEncoder.encode(doi, StandardCharsets.UTF_8).replace("%2F", "/").replace("+", "%20");
        String query = config.mailto() == null ? "" : "?mailto=" + URLEncoder.encode(config.mailto(),
                StandardCharsets.UTF_8);
        return URI.create(base + "/works/" + path + query);
    }
}
