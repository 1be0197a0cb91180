package dev.feedrafter.pipeline;

import dev.feedrafter.FeedrafterException;

/** One feed or one import could not be processed; the message says which and why. */
public class PipelineException extends FeedrafterException {
    private static final long serialVersionUID = 1L;

    public PipelineException(String message) {
        super(message);
    }

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
