package dev.feedrafter.web;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * The session cookie: HttpOnly (no script can read it), SameSite=Lax (other sites' forms do not send it), Secure
 * when the request came over HTTPS (directly, or through a proxy that says so in X-Forwarded-Proto).
 */
final class SessionCookie {
    static final String NAME = "feedrafter_session";

    private SessionCookie() {}

    static String read(Context ctx) {
        return ctx.cookie(NAME);
    }

    /** Until the browser closes; the server ends it sooner after {@code web.session_timeout} without use. */
    static void set(Context ctx, String token) {
        write(ctx, NAME, token, null);
    }

    static void clear(Context ctx) {
        write(ctx, NAME, "", Duration.ZERO);
    }

    /** Writes one of Feedrafter's cookies with these protections; {@code maxAge} null: until the browser closes. */
    static void write(Context ctx, String name, String value, Duration maxAge) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/"
                + (maxAge == null ? "" : "; Max-Age=" + maxAge.toSeconds()) + "; HttpOnly; SameSite=Lax"
                + (https ? "; Secure" : ""));
    }
}
