package dev.feedrafter.cli;

import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.extract.ArticleExtractor;
import dev.feedrafter.extract.ArticleJson;
import dev.feedrafter.extract.SiteRules;
import dev.feedrafter.fetch.FetchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: a debugging aid that prints what Feedrafter extracts from pages, one JSON line each. */
@Command(name = "extract", description = "Print the extraction of article pages as JSON Lines (debugging aid).")
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    private FeedrafterCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE_OR_URL", arity = "1..*", description = "HTML files (.html.gz too) or URLs")
    private List<String> sources;

    @Option(names = "--base-url", paramLabel = "URL", description = "resolve relative links of files against this URL")
    private String baseUrl;

    @Option(names = "--details", description = "also print what else the page said (canonical URL, language, "
            + "section, tags, contact, funding…) and where each value came from (origins)")
    private boolean details;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SourceReader reader = new SourceReader(root);
        ArticleExtractor extractor = new ArticleExtractor(siteRules());
        boolean failed = false;
        for (String source : sources) {
            try {
                SourceReader.Loaded page = reader.read(source, FetchRequest.Kind.PAGE, baseUrl);
                out.println(JsonOutput.line(ArticleJson.of(extractor.extract(page.body(), page.contentType(), page.url()), details)));
            } catch (IOException | RuntimeException e) {
                failed = true;
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("source", source);
                error.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                out.println(JsonOutput.line(error));
            }
        }
        return failed ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** The built-in site rules, with those of feeds.yml ahead of them when there is a feeds.yml. */
    private SiteRules siteRules() {
        return Files.isRegularFile(root.configFile())
                ? SiteRules.withConfigured(new ConfigLoader().load(root.configFile()).siteRules())
                : SiteRules.builtIn();
    }
}
