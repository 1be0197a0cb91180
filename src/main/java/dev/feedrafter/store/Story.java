package dev.feedrafter.store;

import dev.feedrafter.model.Evidence;
import java.time.Instant;

/**
 * A story as stored: one piece of research, however many outlets report it. Identity parts ({@code doi},
 * {@code pmid}, {@code nctId}, {@code urlKey}, {@code fingerprint}) are null when unknown.
 */
public record Story(long id, String title, String doi, String pmid, String nctId, String urlKey, Long fingerprint,
                    Evidence evidence, Instant createdAt) {}
