package dev.feedrafter.web;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.FeedSource;
import dev.feedrafter.model.Source;
import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /}: the inbox. Drafts to review first (new and picked), newest or most relevant first, 25 to a page,
 * filtered by status, service, topic and feed, and searched by words.
 */
final class InboxHandler implements Handler {
    static final int PAGE_SIZE = 25;

    private final WebApp app;

    InboxHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    @Override
    public void handle(Context ctx) {
        DraftFilters filters = DraftFilters.from(ctx, DraftFilters.REVIEW, app.config());
        int total = app.db().read(s -> s.drafts().count(filters.query(PAGE_SIZE, 0)));
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        // a page past the end (an old link after drafts were rejected, a typed number) shows the last page
        int page = Math.min(page(ctx.queryParam("page")), pages);
        List<Draft> drafts = app.db().read(s -> s.drafts().search(filters.query(PAGE_SIZE, (page - 1) * PAGE_SIZE)));

        Map<String, Object> model = Views.page(ctx, "Inbox", "inbox");
        model.put("drafts", drafts.stream().map(InboxHandler::row).toList());
        model.put("total", total);
        model.put("has_drafts", total > 0);
        model.put("total_one", total == 1);
        model.put("first", drafts.isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1);
        model.put("last", (page - 1) * PAGE_SIZE + drafts.size());
        model.put("page", page);
        model.put("pages", pages);
        model.put("paged", pages > 1);
        model.put("prev_url", page > 1 ? link(filters, page - 1) : null);
        model.put("next_url", page < pages ? link(filters, page + 1) : null);
        model.put("q", filters.text());
        model.put("filtered", !filters.equals(DraftFilters.INBOX));
        options(model, filters, app.config());
        app.views().render(ctx, "inbox", model);
    }

    private static int page(String text) {
        try {
            return text == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Map<String, Object> row(Draft d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("title", d.meta().title());
        row.put("status", d.status().label());
        row.put("status_label", Labels.status(d));
        row.put("relevance", Labels.relevance(d.meta().relevance()));
        row.put("services", String.join(", ", d.meta().services()));
        row.put("evidence", d.meta().evidence().label());
        row.put("evidence_label", Labels.evidence(d.meta().evidence()));
        row.put("evidence_note", Labels.evidenceNote(d.meta().evidence()));
        row.put("outlets", String.join(", ", d.meta().sources().stream().map(Source::name).distinct().toList()));
        row.put("flag_count", d.meta().review().flags().size());
        row.put("has_flags", !d.meta().review().flags().isEmpty());
        row.put("date", Labels.day(d.createdAt()));
        row.put("date_time", Labels.dayTime(d.createdAt()));
        return row;
    }

    private static void options(Map<String, Object> model, DraftFilters f, FeedrafterConfig config) {
        model.put("status_options", List.of(option(DraftFilters.REVIEW, "To review", f.status()),
                option("new", "New", f.status()), option("picked", "Picked", f.status()),
                option("approved", "Approved", f.status()), option("exported", "Exported", f.status()),
                option("rejected", "Rejected", f.status()), option(DraftFilters.ALL, "All", f.status())));
        List<Map<String, Object>> services = new ArrayList<>(List.of(option("", "Any service", f.service())));
        config.clinic().services().stream().map(ServiceConfig::name).forEach(n -> services.add(option(n, n, f.service())));
        model.put("service_options", services);
        List<Map<String, Object>> topics = new ArrayList<>(List.of(option("", "Any topic", f.topic())));
        config.topics().include().forEach(t -> topics.add(option(t, t, f.topic())));
        model.put("topic_options", topics);
        List<Map<String, Object>> feeds = new ArrayList<>(List.of(option("", "Any feed", f.feed())));
        config.feeds().stream().map(FeedSource::name).forEach(n -> feeds.add(option(n, n, f.feed())));
        feeds.add(option(DraftFilters.IMPORTS, "One-off imports", f.feed()));
        model.put("feed_options", feeds);
        model.put("sort_options", List.of(option("date", "Newest first", f.sort()),
                option("relevance", "Most relevant first", f.sort())));
    }

    private static Map<String, Object> option(String value, String label, String selected) {
        return Map.of("value", value, "label", label, "selected", value.equals(selected == null ? "" : selected));
    }

    private static String link(DraftFilters f, int page) {
        StringBuilder url = new StringBuilder("/?page=").append(page);
        param(url, "status", f.status());
        param(url, "service", f.service());
        param(url, "topic", f.topic());
        param(url, "feed", f.feed());
        param(url, "q", f.text());
        param(url, "sort", f.sort());
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
