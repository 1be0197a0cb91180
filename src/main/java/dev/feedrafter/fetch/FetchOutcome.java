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
     * A 2xx response. {@code finalUrl} is where redirects ended; {@code permanentUrl} is the address reached by
     * the permanent redirects (301/308) at the start of the chain, else null. {@code contentType},
     * {@code etag}, {@code lastModified}, {@code cacheControl} and {@code expires} are null when not sent.
     */
    record Fetched(URI url, URI finalUrl, URI permanentUrl, int status, String contentType, byte[] body,
                   String etag, String lastModified, String cacheControl, String expires) implements FetchOutcome {
        @Override
        public String problem() {
            return null;
        }
    }

    /**
     * A 304: the feed has not changed since the stored ETag / Last-Modified. The validators are the ones to keep;
     * {@code permanentUrl}, {@code cacheControl} and {@code expires} as for {@link Fetched}.
     */
    record NotModified(URI url, URI permanentUrl, String etag, String lastModified, String cacheControl,
                       String expires) implements FetchOutcome {
        @Override
        public String problem() {
            return "not modified since the last poll";
        }
    }

    /** A 429 or 503 asking to come back later; {@code retryAt} is null when the server gave no Retry-After. */
    record RateLimited(URI url, int status, Instant retryAt) implements FetchOutcome {
        @Override
        public String problem() {
            return "HTTP " + status + " from " + url + ": the server asks to slow down"
                    + (retryAt == null ? "" : " until " + retryAt);
        }
    }

    /**
     * Anything else: an HTTP error ({@code status} > 0) or no usable response ({@code status} 0), with what kind
     * of failure it was and a message that names the URL.
     */
    record Failed(URI url, Failure failure, int status, String reason) implements FetchOutcome {
        @Override
        public String problem() {
            return reason;
        }
    }

    /** The kinds of {@link Failed}. */
    enum Failure {
        /** An HTTP error status other than those below. */
        HTTP_STATUS,
        /** 404 Not Found. */
        NOT_FOUND,
        /** 410 Gone: the publisher says the resource is gone for good. */
        GONE,
        /** 401 or 403, including bot walls. */
        DENIED,
        /** Connect or total timeout. */
        TIMEOUT,
        /** Unknown host, refused or reset connection, a broken or truncated response. */
        NETWORK,
        /** The body is larger than {@code fetch.max_bytes} after decompression. */
        TOO_LARGE,
        /** The address guard refused the host, or the URL is not http(s). */
        REFUSED,
        /** A redirect loop, too many redirects, or a redirect to an invalid address. */
        REDIRECTS,
        /** The site's robots.txt disallows the page. */
        ROBOTS,
        /** The fetch was interrupted (shutdown). */
        INTERRUPTED
    }
}
