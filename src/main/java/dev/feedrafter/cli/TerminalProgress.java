package dev.feedrafter.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import dev.feedrafter.pipeline.FeedPollResult;
import dev.feedrafter.pipeline.PollProgress;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * The progress of {@code poll} on a terminal: one line, "[2/6] Neuroscience News …", rewritten in place as each
 * feed starts and cleared at the end. Logs go to the same terminal, so while it shows, Feedrafter's INFO lines
 * (one per feed, saying what the summary table says anyway) are held back unless {@code --verbose}, and a line
 * that is logged all the same (a warning) first ends the progress line, so the two never run together. Without a
 * terminal there is no progress, and every log line is written as usual.
 */
final class TerminalProgress implements PollProgress, AutoCloseable {
    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintWriter err;
    private final boolean holdInfo;
    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final TurboFilter beforeEachLog = new TurboFilter() {
        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                                  Throwable t) {
            return TerminalProgress.this.decide(logger, level, format);
        }
    };
    private boolean lineShown;

    /** {@code holdInfo}: keep Feedrafter's INFO lines off the terminal while the progress shows. */
    TerminalProgress(PrintWriter err, boolean holdInfo) {
        this.err = err;
        this.holdInfo = holdInfo;
        beforeEachLog.start();
        logging.addTurboFilter(beforeEachLog);
    }

    @Override
    public synchronized void started(int index, int total, String feed) {
        err.print(CLEAR_LINE + "[" + index + "/" + total + "] " + feed + " …");
        err.flush();
        lineShown = true;
    }

    @Override
    public synchronized void finished(int index, int total, FeedPollResult result) {
        if (index == total) {
            clear();
        }
    }

    private FilterReply decide(Logger logger, Level level, String format) {
        // A level check (isDebugEnabled) has no message, and an event below the logger's level is never written.
        if (format == null || level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        if (holdInfo && !level.isGreaterOrEqual(Level.WARN) && logger.getName().startsWith("dev.feedrafter")) {
            return FilterReply.DENY;
        }
        endLine();
        return FilterReply.NEUTRAL;
    }

    private synchronized void endLine() {
        if (lineShown) {
            err.println();
            err.flush();
            lineShown = false;
        }
    }

    private synchronized void clear() {
        if (lineShown) {
            err.print(CLEAR_LINE);
            err.flush();
            lineShown = false;
        }
    }

    /** Clears the progress line and lets every log line through again. */
    @Override
    public void close() {
        logging.getTurboFilterList().remove(beforeEachLog);
        clear();
    }
}
