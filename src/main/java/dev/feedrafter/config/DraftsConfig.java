package dev.feedrafter.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Where and how drafts are written: folder and format, the Mustache templates ({@code template} for the draft
 * body, {@code htmlTemplate} for the HTML page; null for the built-in ones), the quote budget, the share of
 * copied text above which a draft is flagged, and the Crossref lookup of citations.
 */
public record DraftsConfig(Path dir, DraftFormat format, TemplateFile template, int quoteMaxWords,
                           TemplateFile htmlTemplate, double overlapThreshold, CrossrefConfig crossref) {
    static final int QUOTE_MAX_WORDS = 60;
    static final double OVERLAP_THRESHOLD = 0.35;

    /** A template file named in feeds.yml, read when the configuration is loaded. */
    public record TemplateFile(Path path, String text) {}

    /** The built-in settings with drafts written to {@code dir}. */
    public static DraftsConfig defaults(Path dir) {
        return new DraftsConfig(dir, DraftFormat.MARKDOWN, null, QUOTE_MAX_WORDS, null, OVERLAP_THRESHOLD,
                CrossrefConfig.DEFAULTS);
    }

    static DraftsConfig read(YamlNode node, Problems problems, Path baseDir) {
        Fields f = Fields.of(node, problems, Set.of("dir", "format", "template", "html_template", "quote_max_words",
                "overlap_threshold", "crossref"));
        String formatText = f.text("format", "markdown");
        DraftFormat format = DraftFormat.parse(formatText).orElseGet(() -> {
            problems.at(f.child("format"), "expected markdown or html, found \"" + formatText + "\"");
            return DraftFormat.MARKDOWN;
        });
        return new DraftsConfig(baseDir.resolve(f.text("dir", "drafts")).normalize(), format,
                template(f, "template", baseDir), f.integer("quote_max_words", QUOTE_MAX_WORDS, 0, 1000),
                template(f, "html_template", baseDir), f.decimal("overlap_threshold", OVERLAP_THRESHOLD, 0, 1),
                CrossrefConfig.read(f.section("crossref"), problems));
    }

    private static TemplateFile template(Fields f, String key, Path baseDir) {
        String name = f.text(key, null);
        if (name == null) {
            return null;
        }
        Path path = baseDir.resolve(name).normalize();
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new TemplateFile(path, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (NoSuchFileException e) {
            f.problems().at(f.child(key), "template file not found: " + path);
        } catch (CharacterCodingException e) {
            f.problems().at(f.child(key), "template " + path + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            f.problems().at(f.child(key), "cannot read template " + path + ": " + e.getMessage());
        }
        return null;
    }
}
