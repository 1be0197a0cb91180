package dev.feedrafter.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns page bytes into a jsoup document. The charset comes from the byte-order mark, then the HTTP
 * Content-Type, then the page's own {@code <meta>}, then UTF-8 (jsoup's detection covers the last steps).
 */
final class PageDecoder {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private PageDecoder() {}

    static Document decode(byte[] body, String contentType, String url) {
        String charset = hasBom(body) ? null : charsetOf(contentType);
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, url == null ? "" : url);
        } catch (IOException e) {
            throw new ExtractException(url, "cannot read the page: " + e.getMessage(), e);
        }
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            // Browsers read "iso-8859-1" and "ascii" as windows-1252, whose curly quotes pages often contain.
            Charset cs = Charset.forName(name);
            return cs.name().equals("ISO-8859-1") || cs.name().equals("US-ASCII") ? "windows-1252" : cs.name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF
                || b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
    }
}
