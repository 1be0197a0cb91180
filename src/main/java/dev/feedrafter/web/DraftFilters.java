package dev.feedrafter.web;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.pipeline.ImportUrl;
import dev.feedrafter.store.DraftQuery;
import dev.feedrafter.store.DraftRepository;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inbox's and the API's query parameters: {@code status} (a status, {@code review} for new and picked,
 * {@code all}), {@code service}, {@code topic}, {@code feed} (a feed's name, or {@value #IMPORTS} for one-off
 * imports), {@code q} (words to find) and {@code sort} ({@code date} or {@code relevance}). Unknown values are a 400.
 */
record DraftFilters(String status, String service, String topic, String feed, String text, String sort) {
    static final String REVIEW = "review";
    static final String ALL = "all";
    static final String IMPORTS = "~imports";
    /** What the inbox shows when nothing is asked. */
    static final DraftFilters INBOX = new DraftFilters(REVIEW, null, null, null, null, "date");

    /**
     * Reads the filters; {@code defaultStatus} applies when the request names none. A service, topic or feed that
     * feeds.yml does not name is a 400, as an unknown status is: a typo should not look like "no drafts".
     */
    static DraftFilters from(Context ctx, String defaultStatus, FeedrafterConfig config) {
        DraftFilters f = new DraftFilters(orDefault(ctx.queryParam("status"), defaultStatus),
                blankToNull(ctx.queryParam("service")), blankToNull(ctx.queryParam("topic")),
                blankToNull(ctx.queryParam("feed")), blankToNull(ctx.queryParam("q")),
                orDefault(ctx.queryParam("sort"), "date"));
        known("service", f.service, config.clinic().services().stream().map(ServiceConfig::name).toList());
        known("topic", f.topic, config.topics().include());
        if (!IMPORTS.equals(f.feed)) {
            known("feed", f.feed, config.feeds().stream().map(FeedSource::name).toList());
        }
        return f;
    }

    /** Services and topics are matched ignoring case (as the store does), feeds by their exact name. */
    private static void known(String filter, String value, List<String> names) {
        boolean found = value == null || names.stream().anyMatch(n -> filter.equals("feed") ? n.equals(value)
                : n.equalsIgnoreCase(value));
        if (!found) {
            throw new RequestProblem(400, "unknown " + filter + " \"" + value + "\"; feeds.yml names "
                    + (names.isEmpty() ? "none" : String.join(", ", names))
                    + (filter.equals("feed") ? " (or " + IMPORTS + " for one-off imports)" : ""));
        }
    }

    DraftQuery query(int limit, int offset) {
        return new DraftQuery(statuses(), service, topic, IMPORTS.equals(feed) ? ImportUrl.IMPORT_KEY : feed, text,
                order(), limit, offset);
    }

    private Set<DraftStatus> statuses() {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case ALL -> Set.of();
            case REVIEW -> EnumSet.of(DraftStatus.NEW, DraftStatus.PICKED);
            default -> Set.of(DraftStatus.parse(status).orElseThrow(() -> new RequestProblem(400, "unknown status \""
                    + status + "\"; use new, picked, approved, exported, rejected, review or all")));
        };
    }

    private DraftRepository.Sort order() {
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "date", "newest" -> DraftRepository.Sort.NEWEST;
            case "relevance" -> DraftRepository.Sort.RELEVANCE;
            default -> throw new RequestProblem(400, "unknown sort \"" + sort + "\"; use date or relevance");
        };
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
