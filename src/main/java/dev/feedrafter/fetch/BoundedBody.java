package dev.feedrafter.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

        TooLargeException(long limit) {
            super("the response is larger than the limit of " + limit + " bytes");
        }
    }

    static byte[] read(InputStream raw, String contentEncoding, long maxBytes) throws IOException {
        try (InputStream in = decoded(raw, contentEncoding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static InputStream decoded(InputStream raw, String contentEncoding) throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw, 8192);
            // "deflate" is zlib-wrapped by the standard, but some servers send raw deflate: peek at the header.
            case "deflate" -> deflate(raw);
            default -> raw;
        };
    }

    private static InputStream deflate(InputStream raw) throws IOException {
        java.io.PushbackInputStream in = new java.io.PushbackInputStream(raw, 2);
        int b0 = in.read();
        int b1 = in.read();
        if (b1 != -1) {
            in.unread(b1);
        }
        if (b0 != -1) {
            in.unread(b0);
        }
        boolean zlib = b0 != -1 && b1 != -1 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
        return new InflaterInputStream(in, new Inflater(!zlib), 8192);
    }
}
