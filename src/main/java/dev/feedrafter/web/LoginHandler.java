package dev.feedrafter.web;

import dev.feedrafter.util.Check;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /login} shows the form, {@code POST /login} (fields {@code username}, {@code password}) opens a
 * session and goes on to the page asked for. Login CSRF is refused two ways: the form carries a token that is
 * also in a cookie (there is no session yet to hold it), and a post without that token is accepted only when it
 * does not come from another site (its {@code Origin}, {@code Sec-Fetch-Site} or {@code Referer} say so; a
 * script or test client sends none of them). Wrong passwords are throttled.
 */
final class LoginHandler {
    private static final String LOGIN_COOKIE = "feedrafter_login";

    private final WebSessions sessions;
    private final Editors editors;
    private final LoginThrottle throttle;
    private final Views views;

    LoginHandler(WebSessions sessions, Editors editors, LoginThrottle throttle, Views views) {
        this.sessions = Check.notNull(sessions, "sessions");
        this.editors = Check.notNull(editors, "editors");
        this.throttle = Check.notNull(throttle, "throttle");
        this.views = Check.notNull(views, "views");
    }

    void show(Context ctx) {
        render(ctx, 200, null, "", ctx.queryParam("next"), "1".equals(ctx.queryParam("out")));
    }

    void submit(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        String next = ctx.formParam("next");
        String cookie = ctx.cookie(LOGIN_COOKIE);
        String sent = ctx.formParam(Access.CSRF_FIELD);
        boolean tokenMatches = cookie != null && sent != null && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
        if (!tokenMatches && (sent != null || SameSite.isCrossSite(ctx))) {
            render(ctx, 403, "This login form has expired. Please try again.", name, next, false);
            return;
        }
        Optional<Duration> wait = throttle.waitFor(name, ctx.ip());
        if (wait.isPresent()) {
            ctx.header("Retry-After", String.valueOf(wait.get().toSeconds() + 1));
            render(ctx, 429, "Too many wrong passwords. Please wait " + (wait.get().toSeconds() + 1)
                    + " seconds and try again.", name, next, false);
            return;
        }
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<String> editor = editors.authenticate(name, password.toCharArray());
        if (editor.isEmpty()) {
            throttle.failed(name, ctx.ip());
            render(ctx, 401, "The name or password is not right. Please try again.", name, next, false);
            return;
        }
        throttle.succeeded(name, ctx.ip());
        SessionCookie.set(ctx, sessions.open(editor.get()).token());
        SessionCookie.write(ctx, LOGIN_COOKIE, "", Duration.ZERO);
        ctx.redirect(safeTarget(next), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) {
        sessions.close(SessionCookie.read(ctx));
        SessionCookie.clear(ctx);
        ctx.redirect("/login?out=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, String error, String name, String next, boolean loggedOut) {
        String token = WebSessions.randomToken();
        SessionCookie.write(ctx, LOGIN_COOKIE, token, Duration.ofHours(1));
        Map<String, Object> model = Views.page(ctx, "Log in", "login");
        model.put("login_csrf", token);
        model.put("error", error);
        model.put("username", name);
        model.put("next", next == null ? "" : safeTarget(next));
        model.put("logged_out", loggedOut);
        model.put("no_editors", editors.isEmpty());
        ctx.status(status);
        views.render(ctx, "login", model);
    }

    /** Only a path on this site, so a crafted link cannot send the editor elsewhere after logging in. */
    static String safeTarget(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/login") || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }
}
