package dev.feedrafter.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {
    /** Counts the compressed bytes taken from the network. */
    private static final class Counting extends FilterInputStream {
        long taken;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            taken += Math.max(n, 0);
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            taken += c < 0 ? 0 : 1;
            return c;
        }
    }

    @Test
    void aGzipBombIsAbandonedAfterReadingALittleOfIt() throws IOException {
        byte[] bomb = BodyLimitsTest.gzip(new byte[128 * 1024 * 1024]);
        Counting wire = new Counting(new ByteArrayInputStream(bomb));
        assertThatThrownBy(() -> BoundedBody.read(wire, "gzip", 1024 * 1024))
                .isInstanceOf(BoundedBody.TooLargeException.class);
        assertThat(wire.taken).isLessThan(bomb.length / 10);
    }

    @Test
    void aPrefixIsCutSilently() throws IOException {
        byte[] page = BodyLimitsTest.gzip("<html>".repeat(10_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(BoundedBody.readPrefix(new ByteArrayInputStream(page), "gzip", 1000)).hasSize(1000);
    }
}
