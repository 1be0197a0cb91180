package dev.feedrafter.cli;

import dev.feedrafter.FeedrafterException;
import dev.feedrafter.config.ConfigException;
import dev.feedrafter.config.Problem;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns an exception into a clear message and an exit code: configuration problems exit 2, one per line
 * with file and line; other known failures exit 1 with their message. Stack traces only with --verbose.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final FeedrafterCommand root;

    ErrorHandler(FeedrafterCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof ConfigException config) {
            for (Problem p : config.problems()) {
                err.println(p);
            }
            err.println(config.problems().size() == 1 ? "1 problem; nothing was done."
                    : config.problems().size() + " problems; nothing was done.");
            return ExitCodes.USAGE;
        }
        if (e instanceof UsageException) {
            err.println("feedrafter: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("feedrafter: " + (e instanceof FeedrafterException ? message : "unexpected error: " + message));
        if (root.verbose()) {
            e.printStackTrace(err);
        } else if (!(e instanceof FeedrafterException)) {
            err.println("(run again with --verbose for details)");
        }
        return ExitCodes.PARTIAL;
    }
}
