package dev.feedrafter.feed;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The Unicode encodings that the first bytes of an XML document give away: a byte-order mark, or the NUL
 * pattern of "&lt;?" in UTF-16 and UTF-32 without one (XML 1.0, appendix F).
 */
final class UnicodeSniffer {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private UnicodeSniffer() {}

    /** The encoding the first bytes prove, or null when they prove none (ASCII-compatible text). */
    static Charset charsetOf(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF) || starts(b, 0x00, 0x00, 0x00, 0x3C)) {
            return UTF_32BE;
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00) || starts(b, 0x3C, 0x00, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (starts(b, 0xFE, 0xFF) || starts(b, 0x00, 0x3C, 0x00)) {
            return StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0xFF, 0xFE) || starts(b, 0x3C, 0x00, 0x3F, 0x00) || starts(b, 0x3C, 0x00, 0x21, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        return null;
    }

    /** The text without its byte-order mark. */
    static String decode(byte[] b, Charset charset) {
        String text = new String(b, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
