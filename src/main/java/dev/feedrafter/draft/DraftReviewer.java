package dev.feedrafter.draft;

import dev.feedrafter.config.DraftsConfig;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Flag;
import dev.feedrafter.model.Review;
import dev.feedrafter.util.Check;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a draft body the way a careful editor would: safety flags, words quoted from sources, and the share of
 * text copied word for word (flagged above {@code drafts.overlap_threshold}, and when quotes exceed
 * {@code drafts.quote_max_words}). The same review runs on generated drafts and on every edit.
 */
public final class DraftReviewer {
    private final int quoteMaxWords;
    private final double overlapThreshold;
    private final Set<String> clinicSentences;
    private final SafetyFlags safety;

    DraftReviewer(int quoteMaxWords, double overlapThreshold, List<String> clinicTexts, List<String> conditions) {
        this.quoteMaxWords = quoteMaxWords;
        this.overlapThreshold = overlapThreshold;
        this.clinicSentences = SafetyFlags.sentencesOf(clinicTexts);
        this.safety = new SafetyFlags(conditions);
    }

    /** A reviewer for the clinic of {@code config}: its pitches and disclaimer are its own words, never flagged. */
    public static DraftReviewer of(FeedrafterConfig config) {
        Check.notNull(config, "config");
        List<String> clinicTexts = new ArrayList<>();
        clinicTexts.add(config.clinic().disclaimer());
        config.clinic().services().stream().map(ServiceConfig::pitch).forEach(clinicTexts::add);
        return new DraftReviewer(config.drafts().quoteMaxWords(), config.drafts().overlapThreshold(), clinicTexts,
                config.topics().include());
    }

    /** A reviewer with the default budget and threshold, for a clinic without pitches or topics. */
    public static DraftReviewer withDefaults() {
        DraftsConfig defaults = DraftsConfig.defaults(Path.of("drafts"));
        return new DraftReviewer(defaults.quoteMaxWords(), defaults.overlapThreshold(), List.of(), List.of());
    }

    /** Reviews {@code body} (Markdown) against the articles it was written from. */
    public Review review(String title, String body, Evidence evidence, List<Article> sources) {
        Check.notNull(body, "body");
        Check.notNull(sources, "sources");
        List<MarkdownProse.Block> blocks = MarkdownProse.of(body);
        List<Flag> flags = new ArrayList<>(safety.scan(title, blocks, evidence, clinicSentences));
        int quoted = MarkdownProse.quotedWords(blocks);
        double overlap = round(QuoteOverlap.measure(blocks.stream().filter(b -> !b.credit())
                .map(MarkdownProse.Block::text).toList(), sourceTexts(sources)));
        if (quoted > quoteMaxWords) {
            flags.add(new Flag(Flag.Kind.QUOTE_BUDGET, quoted + " quoted words (at most " + quoteMaxWords + ")", null));
        }
        if (overlap > overlapThreshold) {
            flags.add(new Flag(Flag.Kind.COPIED_TEXT, String.format(Locale.ROOT,
                    "%.0f%% of the text matches a source word for word (warning above %.0f%%)", overlap * 100,
                    overlapThreshold * 100), null));
        }
        return new Review(flags, quoted, overlap);
    }

    private static List<String> sourceTexts(List<Article> articles) {
        List<String> texts = new ArrayList<>();
        for (Article a : articles) {
            texts.add(a.title());
            texts.add(a.description());
            texts.add(a.summary());
            texts.addAll(a.keyFacts());
            texts.add(a.bodyText());
        }
        return texts;
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
