package dev.feedrafter.fetch;

import dev.feedrafter.FeedrafterException;
import java.net.URI;

/** A fetch that cannot be made (a URL that is not http(s), a redirect to nowhere); carries the URL and the kind. */
public class FetchException extends FeedrafterException {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final FetchOutcome.Failure failure;

    public FetchException(URI url, FetchOutcome.Failure failure, String message) {
        super(url + ": " + message);
        this.url = String.valueOf(url);
        this.failure = failure;
    }

    public String url() {
        return url;
    }

    public FetchOutcome.Failure failure() {
        return failure;
    }
}
