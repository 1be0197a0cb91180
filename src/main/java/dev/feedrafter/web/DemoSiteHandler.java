package dev.feedrafter.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /demo-site/…} (only with {@code serve --demo}): the bundled sample research-news site, feeds and
 * article pages, from the jar. {@code {{BASE}}} in a file becomes this site's address, so its links work on
 * whatever port the demo got.
 */
final class DemoSiteHandler implements Handler {
    static final String ROOT = "/demo-site";
    private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*\\.(html|xml|json)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "xml", "application/rss+xml; charset=utf-8", "json", "application/feed+json; charset=utf-8");

    @Override
    public void handle(Context ctx) {
        String path = ctx.pathParam("path");
        if (!SAFE_PATH.matcher(path).matches()) {
            throw new RequestProblem(404, "There is no page at " + ctx.path() + ".");
        }
        try (InputStream in = DemoSiteHandler.class.getResourceAsStream("/demo/site/" + path)) {
            if (in == null) {
                throw new RequestProblem(404, "There is no page at " + ctx.path() + ".");
            }
            String base = "http://" + ctx.host() + ROOT;
            ctx.contentType(TYPES.get(path.substring(path.lastIndexOf('.') + 1)))
                    .result(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
