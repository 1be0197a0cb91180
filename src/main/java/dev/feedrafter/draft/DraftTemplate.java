package dev.feedrafter.draft;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import dev.feedrafter.config.ConfigException;
import dev.feedrafter.config.DraftsConfig;
import dev.feedrafter.config.Problem;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled Mustache template: the draft body (Markdown; values escaped for Markdown, so text from a source
 * cannot open a link, an HTML tag or code) or the HTML page around it (values HTML-escaped). Triple braces are
 * for values that are already safe (checked URLs, sanitized HTML). A template with a syntax error or a field
 * that does not exist is a {@link ConfigException} naming the file and line.
 */
public final class DraftTemplate {
    /** What a template renders: how its values are escaped, which fields it sees, the key that overrides it. */
    public enum Kind {
        BODY("/templates/draft.md.mustache", "drafts.template"),
        PAGE("/templates/draft.html.mustache", "drafts.html_template");

        private final String builtIn;
        private final String configKey;

        Kind(String builtIn, String configKey) {
            this.builtIn = builtIn;
            this.configKey = configKey;
        }
    }

    private final Mustache mustache;
    private final Kind kind;

    private DraftTemplate(Mustache mustache, Kind kind) {
        this.mustache = mustache;
        this.kind = kind;
    }

    /** The template configured for {@code kind}, or the built-in one when {@code file} is null. */
    public static DraftTemplate of(Kind kind, DraftsConfig.TemplateFile file) {
        Check.notNull(kind, "kind");
        return file == null ? builtIn(kind) : compile(kind, file.text(), file.path().toString());
    }

    public static DraftTemplate builtIn(Kind kind) {
        try (InputStream in = DraftTemplate.class.getResourceAsStream(kind.builtIn)) {
            if (in == null) {
                throw new IllegalStateException("the built-in template is missing from the jar: " + kind.builtIn);
            }
            return compile(kind, new String(in.readAllBytes(), StandardCharsets.UTF_8), kind.builtIn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DraftTemplate compile(Kind kind, String text, String file) {
        Factory factory = new Factory(kind);
        Mustache mustache;
        try {
            mustache = factory.compile(new StringReader(text), file);
        } catch (MustacheException e) {
            int line = e.getContext() == null ? 0 : e.getContext().line();
            throw new ConfigException(new Problem(file, line, 0, kind.configKey, "broken template: " + clean(e)), e);
        }
        List<Problem> problems = unknownFields(kind, factory.uses, file);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new DraftTemplate(mustache, kind);
    }

    /** Each use of a name the template's kind does not provide, e.g. a typo such as {@code {{titel}}}. */
    private static List<Problem> unknownFields(Kind kind, List<Factory.Use> uses, String file) {
        Set<String> known = TemplateFields.of(kind);
        List<Problem> problems = new ArrayList<>();
        for (Factory.Use use : uses) {
            Arrays.stream(use.name().split("\\.")).filter(part -> !part.isEmpty() && !known.contains(part))
                    .findFirst().ifPresent(part -> problems.add(new Problem(file, use.line(), 0, kind.configKey,
                            "unknown field \"" + use.name() + "\"" + Texts.closest(part, known)
                                    .map(s -> " (did you mean \"" + s + "\"?)")
                                    .orElse(" (README.md lists the fields)"))));
        }
        return problems;
    }

    public String render(Map<String, Object> context) {
        Check.notNull(context, "context");
        StringWriter out = new StringWriter();
        mustache.execute(out, context);
        String text = out.toString();
        return kind == Kind.BODY ? text.replaceAll("\\n{3,}", "\n\n").strip() + "\n" : text.replaceFirst("^\\s+", "");
    }

    /** mustache.java's message without its own position suffixes (the problem carries file and line). */
    private static String clean(MustacheException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*@\\[[^\\]]*\\]\\s*$", "").replaceAll(" in \\S+:\\d+(@\\d+)?", "");
    }

    /** Escapes for the kind of output, records every field a template uses, and refuses partials. */
    private static final class Factory extends DefaultMustacheFactory {
        record Use(String name, int line) {}

        private final Kind kind;
        private final List<Use> uses = new ArrayList<>();

        Factory(Kind kind) {
            this.kind = kind;
        }

        @Override
        public void encode(String value, Writer writer) {
            if (kind == Kind.PAGE) {
                super.encode(value, writer);
                return;
            }
            try {
                writer.write(MarkdownText.escape(value));
            } catch (IOException e) {
                throw new MustacheException("cannot write the draft", e);
            }
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
                @Override
                public void value(TemplateContext tc, String variable, boolean encoded) {
                    record(variable, tc);
                    super.value(tc, variable, encoded);
                }

                @Override
                public void iterable(TemplateContext tc, String variable, Mustache m) {
                    record(variable, tc);
                    super.iterable(tc, variable, m);
                }

                @Override
                public void notIterable(TemplateContext tc, String variable, Mustache m) {
                    record(variable, tc);
                    super.notIterable(tc, variable, m);
                }

                @Override
                public void partial(TemplateContext tc, String variable, String indent) {
                    throw notSupported("partials ({{> " + variable.strip() + "}})", tc);
                }

                @Override
                public void dynamicPartial(TemplateContext tc, String variable, String indent) {
                    throw notSupported("partials ({{>* " + variable.strip() + "}})", tc);
                }

                @Override
                public void extend(TemplateContext tc, String variable, Mustache m) {
                    throw notSupported("template inheritance ({{< " + variable.strip() + "}})", tc);
                }
            };
        }

        private static MustacheException notSupported(String what, TemplateContext tc) {
            return new MustacheException(what + " are not supported; put the whole draft in one template", tc);
        }

        private void record(String variable, TemplateContext tc) {
            String name = variable.strip();
            if (!name.equals(".")) {
                uses.add(new Use(name, tc.line()));
            }
        }
    }
}
