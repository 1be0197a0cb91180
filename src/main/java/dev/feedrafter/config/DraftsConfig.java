package dev.feedrafter.config;

import java.nio.file.Path;
import java.util.Set;

/** Where and how drafts are written; {@code template} is null for the built-in template. */
public record DraftsConfig(Path dir, DraftFormat format, Path template, int quoteMaxWords) {
    static final int QUOTE_MAX_WORDS = 60;

    static DraftsConfig read(YamlNode node, Problems problems, Path baseDir) {
        Fields f = Fields.of(node, problems, Set.of("dir", "format", "template", "quote_max_words"));
        String formatText = f.text("format", "markdown");
        DraftFormat format = DraftFormat.parse(formatText).orElseGet(() -> {
            problems.at(f.child("format"), "expected markdown or html, found \"" + formatText + "\"");
            return DraftFormat.MARKDOWN;
        });
        String template = f.text("template", null);
        return new DraftsConfig(baseDir.resolve(f.text("dir", "drafts")).normalize(), format,
                template == null ? null : baseDir.resolve(template).normalize(),
                f.integer("quote_max_words", QUOTE_MAX_WORDS, 0, 1000));
    }
}
