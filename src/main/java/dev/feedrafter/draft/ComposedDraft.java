package dev.feedrafter.draft;

import dev.feedrafter.model.FrontMatter;

/** A freshly written draft: its front matter and Markdown body. */
public record ComposedDraft(FrontMatter meta, String bodyMarkdown) {}
