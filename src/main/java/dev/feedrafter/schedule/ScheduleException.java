package dev.feedrafter.schedule;

import dev.feedrafter.FeedrafterException;

/** The scheduler could not be created, changed or read; the message says what and keeps Quartz's cause. */
public class ScheduleException extends FeedrafterException {
    private static final long serialVersionUID = 1L;

    public ScheduleException(String message, Throwable cause) {
        super(message, cause);
    }
}
