package dev.feedrafter.util;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Repairs text that was UTF-8 but got read as Latin-1 or windows-1252 on its way to us ("â€™" for "’", "Ã©"
 * for "é"), a common fault of feeds built from a mislabelled database. It is conservative: a run of characters is
 * replaced only when it is exactly the Latin-1/windows-1252 spelling of one valid UTF-8 sequence for a printable
 * character, so text in any language that was read correctly is left alone. Text encoded twice is repaired twice.
 * One lossy form is repaired too: "â€" followed by the replacement character is the right double quotation mark,
 * whose last byte (0x9D) a strict windows-1252 reading turns into "�"; no other character commonly ends that way.
 * Last, the C1 control characters U+0080–U+009F, which no text means to contain, are read as the windows-1252
 * characters of those bytes ("don\u0092t" → "don’t"), as browsers do.
 */
public final class Mojibake {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<Character, Integer> WINDOWS_1252_HIGH = windows1252High();
    private static final int PASSES = 3;
    private static final String LOST_RIGHT_QUOTE = "\u00E2\u20AC\uFFFD";

    private Mojibake() {}

    /** The repaired text; null stays null. */
    public static String repair(String text) {
        if (text == null) {
            return null;
        }
        String current = text;
        for (int pass = 0; pass < PASSES; pass++) {
            String repaired = repairOnce(current);
            if (repaired.equals(current)) {
                break;
            }
            current = repaired;
        }
        return withoutC1Controls(current);
    }

    private static String withoutC1Controls(String text) {
        if (text.chars().noneMatch(c -> c >= 0x80 && c <= 0x9F)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String w = new String(new byte[] {(byte) c}, WINDOWS_1252);
                if (w.length() == 1 && w.charAt(0) != '\uFFFD') {
                    out.append(w);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String repairOnce(String input) {
        if (input.chars().noneMatch(c -> c >= 0xC2 && c <= 0xF4)) {
            return input;
        }
        String text = input.replace(LOST_RIGHT_QUOTE, "\u201D");
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int length = sequenceLength(text, i);
            String decoded = length > 0 ? decode(text, i, length) : null;
            if (decoded != null) {
                out.append(decoded);
                i += length;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** How many characters from {@code start} spell one UTF-8 sequence byte for byte; 0 when they do not. */
    private static int sequenceLength(String text, int start) {
        int lead = byteOf(text.charAt(start));
        int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
        if (continuations == 0 || start + continuations >= text.length()) {
            return 0;
        }
        for (int k = 1; k <= continuations; k++) {
            int b = byteOf(text.charAt(start + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return continuations + 1;
    }

    /** The character the bytes spell in UTF-8, or null when they are not valid or not printable. */
    private static String decode(String text, int start, int length) {
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            bytes[k] = (byte) byteOf(text.charAt(start + k));
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            int cp = s.codePointAt(0);
            return cp >= 0xA0 && Character.charCount(cp) == s.length() && !Character.isISOControl(cp) ? s : null;
        } catch (CharacterCodingException e) {
            return null;  // not UTF-8 after all: the text stays as it is
        }
    }

    /** The byte a character stands for in Latin-1 or windows-1252; -1 for characters of neither. */
    private static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        Integer b = WINDOWS_1252_HIGH.get(c);
        return b == null ? -1 : b;
    }

    /** The characters windows-1252 puts at bytes 0x80–0x9F, where Latin-1 has control codes. */
    private static Map<Character, Integer> windows1252High() {
        Charset cp1252 = WINDOWS_1252;
        Map<Character, Integer> map = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            String c = new String(new byte[] {(byte) b}, cp1252);
            if (c.length() == 1 && c.charAt(0) != '\uFFFD' && c.charAt(0) > 0xFF) {
                map.put(c.charAt(0), b);
            }
        }
        return Map.copyOf(map);
    }
}
