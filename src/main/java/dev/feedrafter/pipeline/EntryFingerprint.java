package dev.feedrafter.pipeline;

import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.util.Hashes;
import dev.feedrafter.util.Texts;
import dev.feedrafter.util.Urls;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a feed says of one entry — its title and summary (the content when there is no summary) — reduced to a
 * SHA-256, so that a later poll can tell a corrected or republished report from the same one seen again. Only a
 * real change of the words counts: Unicode forms, whitespace and the tracking parameters or scheme of links in
 * the text are evened out first.
 */
final class EntryFingerprint {
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://\\S+");

    private EntryFingerprint() {}

    static String of(FeedEntry entry) {
        String summary = Texts.isBlank(entry.summaryText()) ? entry.contentText() : entry.summaryText();
        return Hashes.sha256(normalized(entry.title()) + "\n" + normalized(summary));
    }

    static String normalized(String text) {
        String squashed = Texts.squash(Normalizer.normalize(Texts.orEmpty(text), Normalizer.Form.NFC));
        Matcher links = URL.matcher(squashed);
        StringBuilder out = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(out, Matcher.quoteReplacement(Urls.identity(links.group())));
        }
        return links.appendTail(out).toString();
    }
}
