package dev.feedrafter.cli;

import dev.feedrafter.extract.ArticleExtractor;
import dev.feedrafter.fetch.FetchRequest;
import dev.feedrafter.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SourceReader reader = new SourceReader(root);
        ArticleExtractor extractor = new ArticleExtractor();
        boolean failed = false;
        for (String source : sources) {
            try {
                SourceReader.Loaded page = reader.read(source, FetchRequest.Kind.PAGE, baseUrl);
                out.println(JsonOutput.line(json(extractor.extract(page.body(), page.contentType(), page.url()))));
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

    static Map<String, Object> json(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", a.url());
        m.put("canonical_url", a.canonicalUrl());
        m.put("title", a.title());
        m.put("authors", a.authors());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("site_name", a.siteName());
        m.put("language", a.language());
        m.put("description", a.description());
        m.put("summary", a.summary());
        m.put("key_facts", a.keyFacts());
        m.put("body_text", a.bodyText());
        m.put("body_html", a.bodyHtml());
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("url", a.image() == null ? null : a.image().url());
        image.put("alt", a.image() == null ? null : a.image().alt());
        image.put("credit", a.image() == null ? null : a.image().credit());
        m.put("image", image);
        m.put("source_institution", a.sourceInstitution());
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("authors", a.citation().authors());
        citation.put("title", a.citation().title());
        citation.put("journal", a.citation().journal());
        citation.put("year", a.citation().year());
        citation.put("doi", a.citation().doi());
        m.put("citation", citation);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("doi", a.links().doi());
        links.put("pubmed", a.links().pubmed());
        links.put("trials", a.links().trials());
        m.put("links", links);
        m.put("warnings", a.warnings());
        return m;
    }
}
