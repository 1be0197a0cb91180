package dev.feedrafter.cli;

import dev.feedrafter.pipeline.EntryResult;
import dev.feedrafter.pipeline.PipelineException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: one-off import of article pages, or of a feed's current entries, into drafts. */
@Command(name = "import", description = {"Import article pages (or, with --feed, a feed's current entries) as drafts.",
    "Topic filters are ignored unless --match is given; the feed is not added to the schedule."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private FeedrafterCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "URL", arity = "0..*", description = "article page URLs")
    private List<String> urls = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "import the current entries of this feed")
    private String feedUrl;

    @Option(names = "--match", description = "draft only what matches the clinic's services and topics")
    private boolean match;

    @Override
    public Integer call() {
        if (urls.isEmpty() && feedUrl == null) {
            throw new UsageException("give at least one article URL, or --feed URL");
        }
        List<URI> pages = new ArrayList<>();
        for (String u : urls) {
            pages.add(parse(u));
        }
        URI feed = feedUrl == null ? null : parse(feedUrl);
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        try (Session session = Session.open(root)) {
            List<EntryResult> results = new ArrayList<>();
            for (URI page : pages) {
                results.add(session.pipeline().importUrl().importArticle(page, match));
            }
            if (feed != null) {
                try {
                    results.addAll(session.pipeline().importUrl().importFeed(feed, match));
                } catch (PipelineException | dev.feedrafter.feed.ParseException e) {
                    spec.commandLine().getErr().println("feedrafter: " + e.getMessage());
                    failed = true;
                }
            }
            for (EntryResult r : results) {
                out.println(describe(r));
                failed |= r.outcome() == EntryResult.Outcome.FAILED;
            }
        }
        return failed ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private static String describe(EntryResult r) {
        return switch (r.outcome()) {
            case DRAFTED -> "draft " + r.draft().id() + ": " + r.draft().meta().title() + " (" + r.url() + ")";
            case JOINED -> "added to draft " + r.draft().id() + " as another source: " + r.url();
            case ALREADY_KNOWN -> "already imported" + (r.draft() == null ? "" : " as draft " + r.draft().id())
                    + ": " + r.url();
            case REJECTED_STORY -> "not imported: its story was rejected or deleted" + (r.draft() == null ? ""
                    : " (draft " + r.draft().id() + ")") + ": " + r.url();
            case NOT_RELEVANT -> "not relevant (" + r.detail() + "): " + r.url();
            case TOO_OLD -> "too old: " + r.url();
            case FAILED -> "failed: " + (r.url() != null ? r.url() : "entry “" + r.title() + "”") + ": "
                    + r.detailBesideUrl();
        };
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                throw new UsageException("not an http(s) URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("not a valid URL: " + url + " (" + e.getReason() + ")");
        }
    }
}
