package dev.feedrafter.store;

import dev.feedrafter.model.Evidence;
import java.time.Instant;

/** A story as stored: one piece of research, however many outlets report it. {@code doi}/{@code urlKey} may be null. */
public record Story(long id, String title, String doi, String urlKey, Evidence evidence, Instant createdAt) {}
