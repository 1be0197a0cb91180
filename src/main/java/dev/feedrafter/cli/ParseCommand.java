package dev.feedrafter.cli;

import dev.feedrafter.feed.FeedParser;
import dev.feedrafter.fetch.FetchRequest;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parse}: a debugging aid that prints parsed feeds, one JSON line each. */
@Command(name = "parse", description = "Print parsed feeds as JSON Lines (debugging aid).")
final class ParseCommand implements Callable<Integer> {
    @ParentCommand
    private FeedrafterCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE_OR_URL", arity = "1..*", description = "feed files or URLs")
    private List<String> sources;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SourceReader reader = new SourceReader(root);
        FeedParser parser = new FeedParser();
        boolean failed = false;
        for (String source : sources) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("source", source);
            try {
                SourceReader.Loaded feed = reader.read(source, FetchRequest.Kind.FEED, null);
                ParsedFeed parsed = parser.parse(feed.body(), feed.contentType(), source, feed.url());
                line.put("format", parsed.format());
                line.put("title", parsed.title());
                line.put("link", parsed.link());
                line.put("entries", parsed.entries().stream().map(ParseCommand::entry).toList());
                line.put("warnings", parsed.warnings());
            } catch (IOException | RuntimeException e) {
                failed = true;
                line.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            out.println(JsonOutput.line(line));
        }
        return failed ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private static Map<String, Object> entry(FeedEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("link", e.link());
        m.put("title", e.title());
        m.put("published", e.published() == null ? null : e.published().toString());
        m.put("updated", e.updated() == null ? null : e.updated().toString());
        m.put("authors", e.authors());
        m.put("summary_text", e.summaryText());
        m.put("content_text", e.contentText());
        m.put("categories", e.categories());
        m.put("image", e.image());
        m.put("doi", e.doi());
        m.put("pmid", e.pmid());
        m.put("warnings", e.warnings());
        return m;
    }
}
