package dev.feedrafter.util;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL hygiene: the form of a URL used as an identity and shown in drafts. */
public final class Urls {
    /** Parameters that only say where a click came from (ad, newsletter, share button, analytics). */
    private static final Pattern TRACKING = Pattern.compile("(?i)^("
            + "utm_\\w*|mtm_\\w*|pk_\\w*|piwik_\\w*|matomo_\\w*|ns_\\w*|at_(medium|campaign|source|custom\\d*)|"
            + "fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|ttclid|twclid|li_fat_id|igshid|srsltid|"
            + "mc_cid|mc_eid|_hsenc|_hsmi|hsctatracking|mkt_tok|vero_conv|vero_id|oly_anon_id|oly_enc_id|rb_clickid|"
            + "wickedid|s_cid|_ga|_gl|xtor|spm|guccounter|guce_referrer|guce_referrer_sig|fb_action_ids|"
            + "fb_action_types|fb_ref|fb_source|action_object_map|action_type_map|action_ref_map|soc_src|soc_trk|"
            + "ref_src|ref_url|cmpid|cmp|ncid|smid|sr_share|icid|__twitter_impression)$");

    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^/?#\\s@]+(?:[/?#][^\\p{Cntrl}]*)?");

    private Urls() {}

    /** Whether {@code url} is an absolute http or https URL with a host (the only kind a draft may link or show). */
    public static boolean isWeb(String url) {
        return url != null && WEB_URL.matcher(url.strip()).matches();
    }

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
