package dev.feedrafter.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, decoding gzip or deflate, and stops as soon as the decoded size passes the limit,
 * so neither a huge body nor a compression bomb can exhaust memory.
 */
final class BoundedBody {
    private BoundedBody() {}

    /** Thrown when the decoded body is larger than allowed. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    /** Thrown for a Content-Encoding that Feedrafter did not ask for and cannot decode. */
    static final class UnsupportedEncodingException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedEncodingException(String encoding) {
            super("the server sent the body in the unsupported Content-Encoding \"" + encoding + "\"");
        }
    }

    /** The whole decoded body; fails with {@link TooLargeException} past {@code maxBytes}. */
    static byte[] read(InputStream raw, String contentEncoding, long maxBytes) throws IOException {
        return read(raw, contentEncoding, maxBytes, false);
    }

    /** At most the first {@code maxBytes} decoded bytes, e.g. to look at an error page. */
    static byte[] readPrefix(InputStream raw, String contentEncoding, int maxBytes) throws IOException {
        return read(raw, contentEncoding, maxBytes, true);
    }

    private static byte[] read(InputStream raw, String contentEncoding, long maxBytes, boolean truncate)
            throws IOException {
        try (InputStream in = decoded(raw, contentEncoding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (total + n > maxBytes) {
                    if (truncate) {
                        out.write(buffer, 0, (int) (maxBytes - total));
                        break;
                    }
                    throw new TooLargeException("the response is larger than the limit of " + maxBytes
                            + " bytes (fetch.max_bytes)");
                }
                total += n;
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static InputStream decoded(InputStream raw, String contentEncoding) throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        return switch (encoding) {
            case "", "identity" -> in;
            // Some servers label an already plain body as gzip: trust the magic number over the header.
            case "gzip", "x-gzip" -> startsWith(in, 0x1f, 0x8b) ? new GZIPInputStream(in, 8192) : in;
            // "deflate" is zlib-wrapped by the standard, but some servers send raw deflate: look at the header.
            case "deflate" -> new InflaterInputStream(in, new Inflater(!isZlibHeader(in)), 8192);
            default -> throw new UnsupportedEncodingException(encoding);
        };
    }

    private static boolean startsWith(PushbackInputStream in, int first, int second) throws IOException {
        int[] head = peek2(in);
        return head[0] == first && head[1] == second;
    }

    private static boolean isZlibHeader(PushbackInputStream in) throws IOException {
        int[] head = peek2(in);
        return head[0] != -1 && head[1] != -1 && (head[0] & 0x0f) == 8 && ((head[0] << 8) | head[1]) % 31 == 0;
    }

    private static int[] peek2(PushbackInputStream in) throws IOException {
        int b0 = in.read();
        int b1 = b0 == -1 ? -1 : in.read();
        if (b1 != -1) {
            in.unread(b1);
        }
        if (b0 != -1) {
            in.unread(b0);
        }
        return new int[] {b0, b1};
    }
}
