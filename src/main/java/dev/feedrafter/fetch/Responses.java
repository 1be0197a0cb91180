package dev.feedrafter.fetch;

import dev.feedrafter.fetch.FetchOutcome.Failure;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Response;

/** Turns the final (non-redirect) response of a fetch into its {@link FetchOutcome}, reading the body within limits. */
final class Responses {
    private static final int ERROR_PAGE_BYTES = 64 * 1024;

    private Responses() {}

    static FetchOutcome outcome(FetchRequest request, URI finalUrl, URI permanent, Response r, long maxBytes,
                                Instant now) throws IOException {
        int status = r.code();
        String where = finalUrl.toString();
        if (status == 304) {
            return new FetchOutcome.NotModified(request.url(), permanent, orElse(r.header("ETag"), request.etag()),
                    orElse(r.header("Last-Modified"), request.lastModified()), r.header("Cache-Control"),
                    r.header("Expires"));
        }
        if (status == 429 || status == 503) {
            Optional<Instant> retryAt = RetryAfter.parse(r.header("Retry-After"), now);
            // Cloudflare's older challenge answers 503 with no Retry-After: a bot wall, not a server asking to wait
            Optional<String> wall = retryAt.isPresent() ? Optional.empty() : BotWall.recognise(r.headers(), errorPage(r));
            return wall.isPresent() ? failed(request, Failure.DENIED, status, BotWall.message(status, where, wall))
                    : new FetchOutcome.RateLimited(request.url(), status, retryAt.orElse(null));
        }
        if (status == 401 || status == 403) {
            return failed(request, Failure.DENIED, status,
                    BotWall.message(status, where, BotWall.recognise(r.headers(), errorPage(r))));
        }
        if (status == 404) {
            return failed(request, Failure.NOT_FOUND, status, "HTTP 404 Not Found from " + where);
        }
        if (status == 410) {
            return failed(request, Failure.GONE, status, "HTTP 410 Gone from " + where
                    + ": the publisher says it was removed for good");
        }
        if (status < 200 || status >= 300) {
            String phrase = r.message().isBlank() ? "" : " " + r.message().strip();
            String hint = status >= 300 && status < 400 ? " without a Location to follow" : "";
            return failed(request, Failure.HTTP_STATUS, status, "HTTP " + status + phrase + " from " + where + hint);
        }
        String encoding = r.header("Content-Encoding");
        long announced = r.body().contentLength();
        if ((encoding == null || encoding.isBlank()) && announced > maxBytes) {
            return failed(request, Failure.TOO_LARGE, status, where + ": the server announces " + announced
                    + " bytes, more than the limit of " + maxBytes + " bytes (fetch.max_bytes)");
        }
        byte[] body = BoundedBody.read(r.body().byteStream(), encoding, maxBytes);
        return new FetchOutcome.Fetched(request.url(), finalUrl, permanent, status, r.header("Content-Type"), body,
                r.header("ETag"), r.header("Last-Modified"), r.header("Cache-Control"), r.header("Expires"));
    }

    private static byte[] errorPage(Response r) throws IOException {
        return BoundedBody.readPrefix(r.body().byteStream(), r.header("Content-Encoding"), ERROR_PAGE_BYTES);
    }

    static FetchOutcome.Failed failed(FetchRequest request, Failure failure, int status, String reason) {
        return new FetchOutcome.Failed(request.url(), failure, status, reason);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
