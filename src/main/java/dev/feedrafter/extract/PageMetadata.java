package dev.feedrafter.extract;

import dev.feedrafter.model.Image;
import java.time.Instant;
import java.util.List;

/** The descriptive metadata of a page; values are null (lists empty) when the page does not give them. */
record PageMetadata(String title, List<String> authors, Instant published, Instant modified, String siteName,
                    String language, String canonicalUrl, String description, Image image, String section,
                    List<String> tags) {}
