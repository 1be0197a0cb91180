package dev.feedrafter.cli;

import dev.feedrafter.model.Draft;
import dev.feedrafter.model.Flag;
import dev.feedrafter.model.SourceChange;
import dev.feedrafter.util.Texts;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * What an editor should know about a draft before publishing, printed to standard error (standard output stays
 * the document itself): each safety flag, the share of copied text, and the source changes since the last edit.
 */
final class DraftNotes {
    private static final int SENTENCE_CHARS = 100;

    private DraftNotes() {}

    static void print(Draft d, PrintWriter err) {
        var review = d.meta().review();
        for (Flag f : review.flags()) {
            err.println("draft " + d.id() + ": " + f.kind().label() + ": " + f.match()
                    + (f.sentence() == null ? "" : " — “" + shorten(f.sentence()) + "”"));
        }
        for (SourceChange c : d.meta().sourceChanges()) {
            String title = c.source().title() == null ? "" : ", “" + c.source().title() + "”";
            err.println("draft " + d.id() + ": source " + c.change().label() + " after the last edit ("
                    + c.at().toString().substring(0, 10) + "): " + c.source().name() + title + " " + c.source().url());
        }
        if (review.quoteOverlap() != null) {
            err.println(String.format(Locale.ROOT, "draft %d: %d quoted words; %.0f%% of the text matches a source "
                    + "word for word; %d flags", d.id(), review.quotedWords(), review.quoteOverlap() * 100,
                    review.flags().size()));
        }
        err.flush();
    }

    private static String shorten(String sentence) {
        String s = Texts.squash(sentence);
        return s.length() <= SENTENCE_CHARS ? s : s.substring(0, SENTENCE_CHARS - 1) + "…";
    }
}
