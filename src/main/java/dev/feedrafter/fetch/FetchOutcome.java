package dev.feedrafter.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * The result of one HTTP fetch. A 404 or a timeout is a value, not an exception, so one bad server
 * never stops a poll.
 */
public sealed interface FetchOutcome {
    /** The URL that was asked for. */
    URI url();

    /** Why there is no new content, in words for a message; null for {@link Fetched}. */
    String problem();

    /**
     * A 2xx response. {@code finalUrl} is where redirects ended; {@code permanentUrl} is the new address
     * when every hop was a permanent redirect (301/308), else null. {@code contentType} may be null.
     */
    record Fetched(URI url, URI finalUrl, URI permanentUrl, int status, String contentType, byte[] body,
                   String etag, String lastModified, String cacheControl, String expires) implements FetchOutcome {
        @Override
        public String problem() {
            return null;
        }
    }

    /** A 304: the feed has not changed since the stored ETag / Last-Modified. */
    record NotModified(URI url, String etag, String lastModified) implements FetchOutcome {
        @Override
        public String problem() {
            return "not modified since the last poll";
        }
    }

    /** A 429 or 503 asking to come back later; {@code retryAt} is null when the server gave no Retry-After. */
    record RateLimited(URI url, int status, Instant retryAt) implements FetchOutcome {
        @Override
        public String problem() {
            return "HTTP " + status + ": the server asks to slow down" + (retryAt == null ? "" : " until " + retryAt);
        }
    }

    /** Anything else: an HTTP error ({@code status} > 0) or no usable response ({@code status} 0). */
    record Failed(URI url, int status, String reason) implements FetchOutcome {
        @Override
        public String problem() {
            return reason;
        }
    }
}
