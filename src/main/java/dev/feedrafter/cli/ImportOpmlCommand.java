package dev.feedrafter.cli;

import dev.feedrafter.feed.OpmlReader;
import dev.feedrafter.feed.ParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code feeds import-opml FILE}: prints the subscriptions of an OPML file as {@code feeds.yml} entries, to
 * paste under {@code feeds:}. Folders become tags. Skipped outlines are reported on standard error.
 */
@Command(name = "import-opml", description = "Print the feeds of an OPML file as feeds.yml entries "
        + "(folders become tags).")
final class ImportOpmlCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "an OPML subscription list exported from a feed reader")
    private Path file;

    @Override
    public Integer call() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        OpmlReader.Result result;
        try {
            result = OpmlReader.read(bytes, file.toString());
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        result.warnings().forEach(w -> err.println(file + ": " + w));
        if (result.feeds().isEmpty()) {
            throw new UsageException(file + ": no feeds found (no outline has an xmlUrl)");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("# " + result.feeds().size() + " feeds from " + file.getFileName() + "; paste under \"feeds:\"");
        out.println("feeds:");
        for (OpmlReader.OpmlFeed feed : result.feeds()) {
            out.println("  - name: " + JsonOutput.line(feed.name()));
            out.println("    url: " + JsonOutput.line(feed.url()));
            if (!feed.tags().isEmpty()) {
                out.println("    tags: " + JsonOutput.line(List.copyOf(feed.tags())));
            }
        }
        return ExitCodes.OK;
    }
}
