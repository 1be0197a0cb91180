package dev.feedrafter.draft;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.feedrafter.FeedrafterException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A compiled Mustache template for draft bodies. Values are escaped for Markdown, so text from a source
 * cannot open a link, an HTML tag or code; use triple braces only for values that are already safe (URLs).
 */
public final class DraftTemplate {
    private static final String BUILT_IN_MARKDOWN = "/templates/draft.md.mustache";

    private final Mustache mustache;

    private DraftTemplate(Mustache mustache) {
        this.mustache = mustache;
    }

    /** The built-in Markdown template. */
    public static DraftTemplate builtInMarkdown() {
        try (InputStream in = DraftTemplate.class.getResourceAsStream(BUILT_IN_MARKDOWN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in template is missing from the jar: " + BUILT_IN_MARKDOWN);
            }
            return compile(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN_MARKDOWN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template file an editor wrote; a syntax error names the file and line. */
    public static DraftTemplate fromFile(Path file) {
        try {
            return compile(new StringReader(Files.readString(file, StandardCharsets.UTF_8)), file.toString());
        } catch (IOException e) {
            throw new FeedrafterException(file + ": cannot read the draft template: " + e.getMessage(), e);
        }
    }

    static DraftTemplate compile(Reader reader, String name) {
        try {
            return new DraftTemplate(new MarkdownMustacheFactory().compile(reader, name));
        } catch (MustacheException e) {
            throw new FeedrafterException(name + ": broken draft template: " + e.getMessage(), e);
        }
    }

    public String render(Map<String, Object> context) {
        StringWriter out = new StringWriter();
        mustache.execute(out, context);
        return out.toString().replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    /** Escapes values for Markdown text instead of Mustache's default HTML escaping. */
    private static final class MarkdownMustacheFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(MarkdownText.escape(value));
            } catch (IOException e) {
                throw new MustacheException("cannot write the draft", e);
            }
        }
    }
}
