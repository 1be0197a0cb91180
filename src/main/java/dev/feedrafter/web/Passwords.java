package dev.feedrafter.web;

import dev.feedrafter.config.EditorConfig;
import dev.feedrafter.util.Check;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Editors' passwords as bcrypt hashes (Spring Security's implementation). bcrypt reads at most 72 bytes of a
 * password, so longer ones are refused rather than silently cut.
 */
public final class Passwords {
    /** 2^12 rounds: about a quarter of a second per check on a small server, slow for anyone guessing. */
    public static final int COST = 12;
    public static final int MAX_BYTES = 72;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    /** A new salted hash of {@code password}, for {@code web.editors[].password_hash}. */
    public static String hash(char[] password) {
        Check.notNull(password, "password");
        byte[] bytes = utf8(password);
        try {
            if (bytes.length == 0 || bytes.length > MAX_BYTES) {
                throw new IllegalArgumentException("a password has 1 to " + MAX_BYTES + " bytes, found "
                        + bytes.length);
            }
            return BCrypt.hashpw(bytes, BCrypt.gensalt(COST, RANDOM));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Whether {@code password} is the one {@code hash} was made from; false for anything malformed. */
    public static boolean matches(char[] password, String hash) {
        if (password == null || hash == null || !EditorConfig.BCRYPT.matcher(hash).matches()) {
            return false;
        }
        byte[] bytes = utf8(password);
        try {
            return bytes.length > 0 && bytes.length <= MAX_BYTES && BCrypt.checkpw(bytes, hash);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}
