package dev.feedrafter.web;

import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /import} shows the form and the recent imports; {@code POST /import} (fields {@code url},
 * {@code kind} = {@code article} or {@code feed}, {@code match}) starts one and goes to its progress page. An
 * address that is not a web address is refused on the form, with the text kept.
 */
final class ImportHandler {
    private final WebApp app;

    ImportHandler(WebApp app) {
        this.app = Check.notNull(app, "app");
    }

    /** The form; {@code ?url=…&kind=feed} fills it in, for "import it as a feed instead" links. */
    void show(Context ctx) {
        String url = ctx.queryParam("url") == null ? "" : ctx.queryParam("url").strip();
        render(ctx, 200, url, "feed".equals(ctx.queryParam("kind")) ? "feed" : "article", false, null);
    }

    /** Whether an address looks like a feed's (the same guess the import form's script makes). */
    static boolean looksLikeFeed(String url) {
        return FEED_ADDRESS.matcher(url.strip()).find();
    }

    private static final java.util.regex.Pattern FEED_ADDRESS = java.util.regex.Pattern.compile(
            "(/feed/?|/rss/?|\\.rss|\\.atom|\\.xml|atom\\.json|feed\\.json)(\\?.*)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    void start(Context ctx) {
        String url = ctx.formParam("url") == null ? "" : ctx.formParam("url").strip();
        boolean feed = "feed".equals(ctx.formParam("kind"));
        boolean match = ctx.formParam("match") != null;
        URI uri;
        try {
            uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(url, "it must start with http:// or https://");
            }
        } catch (URISyntaxException e) {
            render(ctx, 400, url, feed ? "feed" : "article", match, url.isEmpty()
                    ? "Paste the address of an article page or a feed."
                    : "\"" + url + "\" is not a web address: " + e.getReason() + ".");
            return;
        }
        ImportJobs.Job job = app.imports().start(uri, feed, match, Access.required(ctx).editor());
        ctx.redirect("/import/" + job.id, HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, String url, String kind, boolean match, String problem) {
        Map<String, Object> model = Views.page(ctx, "Import", "import");
        model.put("url", url);
        model.put("kind_" + kind, true);
        model.put("match", match);
        model.put("problem", problem);
        if (app.demo()) {
            // the demo may run on any free port: show the sample article at the address this page was reached by
            model.put("demo_example", "http://" + ctx.host() + DemoSiteHandler.ROOT
                    + "/brainwave/esketamine-older-adults-preprint.html");
        }
        model.put("recent", app.imports().recent().stream().map(ImportJobHandler::summary).toList());
        ctx.status(status);
        app.views().render(ctx, "import", model);
    }
}
