package dev.feedrafter.match;

import java.util.List;

/** The text of a story as the matcher sees it, field by field (strings may be empty, never null). */
public record MatchText(String title, String summary, String body, List<String> authors, String url) {
    public MatchText {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        authors = authors == null ? List.of() : List.copyOf(authors);
        url = url == null ? "" : url;
    }

    public MatchText(String title, String summary, String body) {
        this(title, summary, body, List.of(), "");
    }
}
