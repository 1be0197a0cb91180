package dev.feedrafter.fetch;

import dev.feedrafter.config.FetchConfig;
import dev.feedrafter.util.Check;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * The one HTTP client of Feedrafter, for feeds and article pages alike: a polite User-Agent, conditional
 * GET, redirects followed by hand (each hop checked by the {@link AddressGuard}), bounded bodies.
 */
public final class HttpFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";
    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8";

    private final FetchConfig config;
    private final AddressGuard guard;
    private final HttpClient client;
    private final Clock clock;

    public HttpFetcher(FetchConfig config) {
        this(config, Clock.systemUTC());
    }

    public HttpFetcher(FetchConfig config, Clock clock) {
        this.config = Check.notNull(config, "config");
        this.clock = clock;
        this.guard = new AddressGuard(config.allowPrivateAddresses());
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout()).build();
    }

    public FetchOutcome fetch(FetchRequest request) {
        Check.notNull(request, "request");
        URI url = request.url();
        boolean allPermanent = true;
        Set<URI> visited = new HashSet<>();
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                guard.check(url);
                if (!visited.add(url)) {
                    return new FetchOutcome.Failed(request.url(), 0, "redirect loop at " + url);
                }
                HttpResponse<InputStream> response = client.send(build(request, url),
                        HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                String location = response.headers().firstValue("Location").orElse(null);
                if (status >= 300 && status < 400 && status != 304 && location != null) {
                    response.body().close();
                    allPermanent &= status == 301 || status == 308;
                    url = url.resolve(location.strip());
                    continue;
                }
                URI permanent = allPermanent && !url.equals(request.url()) ? url : null;
                return outcome(request, url, permanent, response);
            }
            return new FetchOutcome.Failed(request.url(), 0, "more than " + MAX_REDIRECTS + " redirects");
        } catch (FetchException e) {
            return new FetchOutcome.Failed(request.url(), 0, e.getMessage());
        } catch (HttpTimeoutException e) {
            return new FetchOutcome.Failed(request.url(), 0, "timed out (" + e.getMessage() + ")");
        } catch (BoundedBody.TooLargeException e) {
            return new FetchOutcome.Failed(request.url(), 0, e.getMessage());
        } catch (IOException e) {
            return new FetchOutcome.Failed(request.url(), 0, "connection failed: " + describe(e));
        } catch (IllegalArgumentException e) {
            return new FetchOutcome.Failed(request.url(), 0, "bad URL: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchOutcome.Failed(request.url(), 0, "interrupted");
        }
    }

    private HttpRequest build(FetchRequest request, URI url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).GET().timeout(config.timeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", request.kind() == FetchRequest.Kind.FEED ? FEED_ACCEPT : PAGE_ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (request.etag() != null) {
            b.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            b.header("If-Modified-Since", request.lastModified());
        }
        return b.build();
    }

    private FetchOutcome outcome(FetchRequest request, URI finalUrl, URI permanent, HttpResponse<InputStream> response)
            throws IOException {
        int status = response.statusCode();
        var headers = response.headers();
        if (status == 304) {
            response.body().close();
            return new FetchOutcome.NotModified(request.url(), headers.firstValue("ETag").orElse(request.etag()),
                    headers.firstValue("Last-Modified").orElse(request.lastModified()));
        }
        if (status == 429 || status == 503) {
            response.body().close();
            return new FetchOutcome.RateLimited(request.url(), status,
                    RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant()).orElse(null));
        }
        if (status < 200 || status >= 300) {
            response.body().close();
            return new FetchOutcome.Failed(request.url(), status, "HTTP " + status + " from " + finalUrl);
        }
        byte[] body = BoundedBody.read(response.body(), headers.firstValue("Content-Encoding").orElse(null),
                config.maxBytes());
        return new FetchOutcome.Fetched(request.url(), finalUrl, permanent, status,
                headers.firstValue("Content-Type").orElse(null), body, headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null), headers.firstValue("Cache-Control").orElse(null),
                headers.firstValue("Expires").orElse(null));
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
