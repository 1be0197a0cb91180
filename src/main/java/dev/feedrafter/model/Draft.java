package dev.feedrafter.model;

import java.time.Instant;

/**
 * A stored draft post: its front matter, Markdown body and workflow state. {@code editor} and
 * {@code rejectReason} are null until set; {@code edited} is true once an editor changed the body.
 */
public record Draft(long id, long storyId, DraftStatus status, FrontMatter meta, String bodyMarkdown, int version,
                    boolean edited, String editor, String rejectReason, Instant createdAt, Instant updatedAt) {}
