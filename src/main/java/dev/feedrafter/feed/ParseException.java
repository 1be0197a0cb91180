package dev.feedrafter.feed;

import dev.feedrafter.FeedrafterException;

/** A feed could not be parsed at all; names the source and, when known, the line. */
public class ParseException extends FeedrafterException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;

    public ParseException(String source, int line, String message, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }
}
