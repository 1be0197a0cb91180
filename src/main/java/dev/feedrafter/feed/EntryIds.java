package dev.feedrafter.feed;

import dev.feedrafter.util.Hashes;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes entry ids unique within one feed. Some feeds give every item the same GUID; each repeat then gets
 * a suffix derived from its own link (or title and date), so the id stays the same from poll to poll.
 */
final class EntryIds {
    private EntryIds() {}

    static List<FeedEntry> disambiguate(List<FeedEntry> entries) {
        Map<String, Integer> counts = new HashMap<>();
        for (FeedEntry e : entries) {
            counts.merge(e.id(), 1, Integer::sum);
        }
        if (counts.size() == entries.size()) {
            return entries;
        }
        Map<String, Integer> seen = new HashMap<>();
        List<FeedEntry> out = new ArrayList<>();
        for (FeedEntry e : entries) {
            String id = e.id();
            if (counts.get(id) > 1) {
                String own = e.link() != null ? e.link() : Texts.orEmpty(e.title()) + "|" + e.published();
                id = id + "#" + Hashes.sha256(own).substring(0, 12);
                int n = seen.merge(id, 1, Integer::sum);
                if (n > 1) {
                    id = id + "-" + n;
                }
                List<String> warnings = new ArrayList<>(e.warnings());
                warnings.add("the feed repeats the id \"" + Texts.truncate(e.id(), 80) + "\"; using " + id);
                e = new FeedEntry(id, e.link(), e.title(), e.summaryHtml(), e.summaryText(), e.contentHtml(),
                        e.contentText(), e.authors(), e.published(), e.updated(), e.categories(), e.image(), e.doi(),
                        e.pmid(), warnings);
            }
            out.add(e);
        }
        return out;
    }
}
