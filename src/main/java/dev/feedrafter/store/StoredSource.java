package dev.feedrafter.store;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Source;
import java.time.Instant;

/** One outlet's report of a story as stored: the credit line and the extracted article behind it. */
public record StoredSource(long id, long storyId, Source source, Article article, Instant addedAt) {}
