package dev.feedrafter.web;

import io.javalin.http.Context;
import java.net.URI;

/**
 * Whether a request comes from another site, by the headers browsers add to every form post: {@code Origin},
 * {@code Sec-Fetch-Site}, else {@code Referer}. A request with none of them comes from no browser page at all.
 */
final class SameSite {
    private SameSite() {}

    static boolean isCrossSite(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = ctx.header("Origin");
        if (origin != null) {
            return !hostOf(origin).equalsIgnoreCase(host(ctx));
        }
        String referer = ctx.header("Referer");
        return referer != null && !hostOf(referer).equalsIgnoreCase(host(ctx));
    }

    /** The host and port the browser addressed, as the {@code Host} header says. */
    private static String host(Context ctx) {
        String host = ctx.header("Host");
        return host == null ? "" : host;
    }

    private static String hostOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getHost() == null ? "" : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
