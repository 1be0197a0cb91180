package dev.feedrafter.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Bounds what one page may cost: at most {@link #MAX_CHARS} characters (bytes before decoding) and
 * {@link #MAX_TAGS} tags are read; the rest is cut off with a warning. jsoup itself caps the element nesting
 * depth (512), and every walk over the tree here is iterative, so a hostile page cannot exhaust the stack.
 */
final class PageLimits {
    static final int MAX_CHARS = 6_000_000;
    static final int MAX_TAGS = 60_000;

    private PageLimits() {}

    static String bound(String html, List<String> warnings) {
        int end = cut(html.length(), i -> html.charAt(i) == '<');
        if (end < html.length()) {
            warnings.add(message(end));
            return html.substring(0, end);
        }
        return html;
    }

    static byte[] bound(byte[] body, List<String> warnings) {
        int end = cut(body.length, i -> body[i] == '<');
        if (end < body.length) {
            warnings.add(message(end));
            return Arrays.copyOf(body, end);
        }
        return body;
    }

    private interface IsTagStart {
        boolean at(int index);
    }

    /** Where to cut: after MAX_CHARS, or before the tag past MAX_TAGS. */
    private static int cut(int length, IsTagStart tagStart) {
        int limit = Math.min(length, MAX_CHARS);
        int tags = 0;
        for (int i = 0; i < limit; i++) {
            if (tagStart.at(i) && ++tags > MAX_TAGS) {
                return i;
            }
        }
        return limit;
    }

    private static String message(int end) {
        return "page too large: only the first " + end + " characters (at most " + MAX_TAGS + " tags) were read";
    }
}
