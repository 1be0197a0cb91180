package dev.feedrafter.store;

import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.util.Check;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the inbox asks for: drafts with one of some statuses (any when empty), a matched service or topic, from a feed (the empty name for
 * one-off imports), containing every word of {@code text} (in the headline, body or front matter, ignoring
 * case); ordered, one page at a time. Null filters match everything.
 */
public record DraftQuery(Set<DraftStatus> statuses, String service, String topic, String feed, String text,
                         DraftRepository.Sort sort, int limit, int offset) {
    /** The most drafts one query returns. */
    public static final int MAX_LIMIT = 10_000;

    public DraftQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        Check.notNull(sort, "sort");
        Check.positive(limit, "limit");
        Check.notNegative(offset, "offset");
        if (limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be at most " + MAX_LIMIT + ", found " + limit);
        }
    }

    /** The words of {@code text}, lower case; empty when there is no text. */
    List<String> words() {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).strip().split("\\s+")).distinct().limit(20).toList();
    }
}
