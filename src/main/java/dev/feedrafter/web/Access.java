package dev.feedrafter.web;

import dev.feedrafter.util.Check;
import dev.feedrafter.web.WebSessions.EditorSession;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every request: only {@code /health}, the login page and the static files are open. Pages need a
 * session cookie, and redirect to the login page without one. The API takes the session cookie or HTTP Basic
 * auth (name and password of an editor), and answers 401 without either. A form or API call that changes
 * something with the session cookie must carry the session's CSRF token (form field {@code _csrf}, or header
 * {@code X-CSRF-Token}), else it gets 403; Basic auth needs none, as no browser sends it unasked.
 */
final class Access implements Handler {
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION = "feedrafter.session";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final WebSessions sessions;
    private final Editors editors;
    private final LoginThrottle throttle;
    private final boolean demo;

    /** {@code demo}: the demo's sample site under {@code /demo-site/} is open too (it is what the demo polls). */
    Access(WebSessions sessions, Editors editors, LoginThrottle throttle, boolean demo) {
        this.sessions = Check.notNull(sessions, "sessions");
        this.editors = Check.notNull(editors, "editors");
        this.throttle = Check.notNull(throttle, "throttle");
        this.demo = demo;
    }

    /** The logged-in editor's session, set by this filter on every request that passed it. */
    static Optional<EditorSession> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    static EditorSession required(Context ctx) {
        return session(ctx).orElseThrow(() -> new IllegalStateException("no session: the access filter did not run"));
    }

    private boolean isOpen(String path) {
        return path.equals("/health") || path.equals("/login") || path.startsWith("/static/")
                || demo && path.startsWith(DemoSiteHandler.ROOT + "/");
    }

    @Override
    public void handle(Context ctx) {
        String path = ctx.path();
        if (isOpen(path)) {
            return;
        }
        boolean api = path.equals("/api") || path.startsWith("/api/");
        String authorization = ctx.header("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            basic(ctx, authorization.substring(6).strip());
            return;
        }
        Optional<EditorSession> session = sessions.find(SessionCookie.read(ctx))
                .filter(s -> editors.exists(s.editor()));
        if (session.isEmpty()) {
            refuse(ctx, api);
            return;
        }
        if (!SAFE.contains(ctx.method()) && !csrfMatches(ctx, session.get())) {
            if (api) {
                ApiJson.error(ctx, 403, "missing or wrong CSRF token: send the session's token in the "
                        + CSRF_HEADER + " header (or use HTTP Basic auth)");
                ctx.skipRemainingHandlers();
                return;
            }
            // the error page, with the menu and a way back, rather than a bare line of text
            ctx.attribute(SESSION, session.get());
            throw new RequestProblem(403, "This form has expired or did not come from Feedrafter (missing or wrong "
                    + "CSRF token). Go back, reload the page and try again.");
        }
        ctx.attribute(SESSION, session.get());
    }

    private void basic(Context ctx, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        String name = colon < 0 ? decoded : decoded.substring(0, colon);
        Optional<Duration> wait = throttle.waitFor(name, ctx.ip());
        if (wait.isPresent()) {
            ctx.header("Retry-After", String.valueOf(wait.get().toSeconds() + 1));
            ApiJson.error(ctx, 429, "too many wrong passwords; try again in " + (wait.get().toSeconds() + 1) + " s");
            ctx.skipRemainingHandlers();
            return;
        }
        Optional<String> editor = colon < 0 ? Optional.empty()
                : editors.authenticate(name, decoded.substring(colon + 1).toCharArray());
        if (editor.isEmpty()) {
            throttle.failed(name, ctx.ip());
            refuse(ctx, true);
            return;
        }
        throttle.succeeded(name, ctx.ip());
        // no CSRF check: a browser never adds Basic credentials to another site's request by itself
        ctx.attribute(SESSION, new EditorSession(editor.get(), ""));
    }

    private static void refuse(Context ctx, boolean api) {
        if (api) {
            ctx.header("WWW-Authenticate", "Basic realm=\"Feedrafter\", charset=\"UTF-8\"");
            ApiJson.error(ctx, 401, "log in first: send an editor's name and password with HTTP Basic auth, "
                    + "or the session cookie of the web UI");
        } else {
            String target = ctx.method() == HandlerType.GET ? ctx.path()
                    + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
            ctx.redirect("/login" + (target.equals("/") ? "" : "?next=" + URLEncoder.encode(target,
                    StandardCharsets.UTF_8)));
        }
        ctx.skipRemainingHandlers();
    }

    private static boolean csrfMatches(Context ctx, EditorSession session) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || ctx.isMultipartFormData());
    }
}
