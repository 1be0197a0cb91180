package dev.feedrafter.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Recognises the anti-bot services that answer 401/403 (sometimes 429/503) with a browser challenge instead
 * of the page, so that the message says why a feed fails and what can be done, rather than a bare status.
 */
final class BotWall {
    private BotWall() {}

    /** The name of the service behind a challenge, judged by its headers and the start of its page. */
    static Optional<String> recognise(Headers headers, byte[] bodyStart) {
        String body = new String(bodyStart, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String server = headerLower(headers, "Server");
        if (headerLower(headers, "cf-mitigated").equals("challenge")
                || server.equals("cloudflare") && (body.contains("just a moment") || body.contains("cf-chl")
                || body.contains("challenge-platform") || body.contains("attention required! | cloudflare"))) {
            return Optional.of("Cloudflare");
        }
        if (headers.get("x-datadome") != null || body.contains("captcha-delivery.com")) {
            return Optional.of("DataDome");
        }
        if (body.contains("incapsula incident id") || body.contains("_incapsula_resource")) {
            return Optional.of("Imperva Incapsula");
        }
        if (headers.get("x-sucuri-id") != null || body.contains("sucuri website firewall")) {
            return Optional.of("Sucuri");
        }
        if (body.contains("px-captcha") || body.contains("perimeterx")) {
            return Optional.of("HUMAN (PerimeterX)");
        }
        if (server.startsWith("akamaighost") && body.contains("access denied")) {
            return Optional.of("Akamai");
        }
        return Optional.empty();
    }

    /** The message for a 401 or 403 answer, or for a recognised wall whatever its status. */
    static String message(int status, String url, Optional<String> wall) {
        if (wall.isPresent()) {
            return "HTTP " + status + " from " + url + ": blocked by " + wall.get() + "'s bot protection, which "
                    + "asks for a browser challenge Feedrafter cannot pass; ask the publisher to allow Feedrafter's "
                    + "User-Agent, or use another address for this feed";
        }
        return status == 401
                ? "HTTP 401 from " + url + ": the server asks for a login; Feedrafter reads only public feeds and pages"
                : "HTTP 403 from " + url + ": access forbidden; the server refuses Feedrafter (its User-Agent or "
                        + "address may be blocked)";
    }

    private static String headerLower(Headers headers, String name) {
        String value = headers.get(name);
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
