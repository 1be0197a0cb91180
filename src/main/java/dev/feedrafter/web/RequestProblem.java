package dev.feedrafter.web;

import java.util.Map;

/**
 * A request that cannot be served as asked, with the HTTP status that says why (400, 404, 409…) and a message
 * for the person or program that sent it. The API answers it as JSON, a page as an error page.
 */
final class RequestProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Map<String, Object> extra;

    RequestProblem(int status, String message) {
        this(status, message, Map.of());
    }

    /** With more fields for the API's JSON answer, e.g. the current version after a stale edit. */
    RequestProblem(int status, String message, Map<String, Object> extra) {
        super(message);
        this.status = status;
        this.extra = Map.copyOf(extra);
    }

    int status() {
        return status;
    }

    Map<String, Object> extra() {
        return extra;
    }
}
