package dev.feedrafter.util;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL hygiene: the form of a URL used as an identity and shown in drafts. */
public final class Urls {
    private static final Pattern TRACKING = Pattern.compile("(?i)^(utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|"
            + "mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|yclid|msclkid|igshid|ref_src|cmpid|ncid|sr_share|"
            + "__twitter_impression)$");

    private Urls() {}

    /**
     * The URL without tracking parameters or fragment and with a lower-case scheme and host;
     * the input unchanged when it is not a valid absolute URL.
     */
    public static String clean(String url) {
        if (url == null || url.isBlank()) {
            return url;
        }
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getHost() == null) {
                return url.strip();
            }
            String query = cleanQuery(u.getRawQuery());
            int port = u.getPort();
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + (u.getRawUserInfo() == null ? "" : u.getRawUserInfo() + "@")
                    + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    /**
     * The identity key of a URL: {@link #clean} without scheme, {@code www.} and trailing slash, so that
     * http/https and www variants of one article are the same.
     */
    public static String identity(String url) {
        String c = clean(url);
        if (c == null) {
            return null;
        }
        String key = c.replaceFirst("^(?i)https?://", "").replaceFirst("^www\\.", "");
        return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!name.isEmpty() && !TRACKING.matcher(name).matches()) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
