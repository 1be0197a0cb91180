package dev.feedrafter.match;

/** The text of a story as the matcher sees it, field by field (any may be empty, none null). */
public record MatchText(String title, String summary, String body) {
    public MatchText {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
    }
}
