package dev.feedrafter.web;

import dev.feedrafter.pipeline.DraftWorkflow.WorkflowException;
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

    /** A workflow refusal: 404 no such draft, 409 a move it does not allow, 400 an editor nobody configured. */
    static RequestProblem of(WorkflowException e) {
        return new RequestProblem(switch (e.problem()) {
            case NOT_FOUND -> 404;
            case NOT_ALLOWED -> 409;
            case UNKNOWN_EDITOR, EMPTY_BODY -> 400;
        }, e.getMessage());
    }

    int status() {
        return status;
    }

    Map<String, Object> extra() {
        return extra;
    }
}
