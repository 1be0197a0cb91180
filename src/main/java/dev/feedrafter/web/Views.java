package dev.feedrafter.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' Mustache templates (from {@code web/templates/} in the jar), compiled once. Every {@code {{value}}}
 * is HTML-escaped; the templates use triple braces only for HTML that Feedrafter sanitized itself.
 */
final class Views {
    private final DefaultMustacheFactory factory = new DefaultMustacheFactory("web/templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** Renders {@code template} (without ".mustache") with {@code model} into the response as an HTML page. */
    void render(Context ctx, String template, Map<String, Object> model) {
        ctx.contentType("text/html; charset=utf-8").result(render(template, model));
    }

    String render(String template, Map<String, Object> model) {
        Mustache mustache = compiled.computeIfAbsent(template, t -> factory.compile(t + ".mustache"));
        StringWriter out = new StringWriter();
        mustache.execute(out, model);
        return out.toString();
    }

    /**
     * What every page's frame needs: its title, which menu entry is current, and the logged-in editor with the
     * CSRF token for the page's forms (none on the login page).
     */
    static Map<String, Object> page(Context ctx, String title, String menu) {
        Map<String, Object> model = new HashMap<>();
        model.put("page_title", title);
        model.put("menu_" + menu, true);
        Access.session(ctx).ifPresent(s -> {
            model.put("editor", s.editor());
            model.put("csrf", s.csrfToken());
        });
        return model;
    }
}
