package dev.feedrafter.fetch;

import dev.feedrafter.util.Check;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetched bytes to text, with the charset browsers and mature feed readers would pick: byte-order mark, then the
 * HTTP Content-Type, then the XML declaration, then (for HTML) the {@code <meta>} charset, then sniffing. It never
 * fails on bad bytes. Real servers often mislabel text, so: ISO-8859-1 and ASCII are read as their superset
 * windows-1252 (whose curly quotes such pages contain); bytes that are not valid UTF-8 in a "UTF-8" document are
 * read as windows-1252; and valid multi-byte UTF-8 labelled as a Western single-byte charset is read as UTF-8.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> WESTERN = Set.of("ISO-8859-1", "US-ASCII", "windows-1252", "ISO-8859-15");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([\\w.:+-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']\\s*([\\w.:+-]+)\\s*[\"']");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:+-]+)");
    private static final int PRESCAN_BYTES = 4096;

    private TextDecoder() {}

    /** Decoded text and the name of the charset it was read with. */
    public record Decoded(String text, String charset) {}

    /** The text of a feed or other XML document; characters XML 1.0 forbids are dropped, so parsers never choke. */
    public static String decodeXml(byte[] body, String contentType) {
        return xml(body, contentType).text();
    }

    /** As {@link #decodeXml}, with the charset that was chosen. */
    public static Decoded xml(byte[] body, String contentType) {
        Check.notNull(body, "body");
        Decoded d = decode(body, contentType, false);
        return new Decoded(withoutXmlIllegalChars(d.text()), d.charset());
    }

    /** The text of an HTML page. */
    public static String decodeHtml(byte[] body, String contentType) {
        Check.notNull(body, "body");
        return decode(body, contentType, true).text();
    }

    private static Decoded decode(byte[] body, String contentType, boolean html) {
        Bom bom = Bom.of(body);
        if (bom != null && bom.charset().equals(StandardCharsets.UTF_8)) {
            return new Decoded(utf8OrWindows1252(Arrays.copyOfRange(body, bom.length(), body.length)), "UTF-8");
        }
        if (bom != null) {
            return new Decoded(new String(body, bom.length(), body.length - bom.length(), bom.charset()),
                    bom.charset().name());
        }
        Charset charset = declared(header(contentType));
        if (charset == null) {
            charset = xmlDeclaration(body);
        }
        if (charset == null && html) {
            charset = declared(prescan(body, META_CHARSET));
            charset = charset != null && charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
        }
        if (charset == null || WESTERN.contains(charset.name()) && isMultiByteUtf8(body)) {
            charset = StandardCharsets.UTF_8;
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new Decoded(utf8OrWindows1252(body), charset.name());
        }
        Charset reading = reading(charset);
        // A Western label is reported as written (its text is the same); a Chinese one as the superset read.
        return new Decoded(new String(body, reading), reading.equals(GB18030) ? GB18030.name() : charset.name());
    }

    private static String header(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The encoding named by an XML declaration; UTF-16 without a BOM is recognised by its zero bytes. */
    private static Charset xmlDeclaration(byte[] b) {
        if (b.length >= 4 && b[0] == '<' && b[1] == 0 && b[2] == '?' && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        Charset named = declared(prescan(b, XML_ENCODING));
        // An ASCII-compatible document cannot really be UTF-16 or UTF-32, whatever it declares.
        return named != null && (named.name().startsWith("UTF-16") || named.name().startsWith("UTF-32")) ? null : named;
    }

    private static String prescan(byte[] body, Pattern pattern) {
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = pattern.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The charset a label names; null when unknown. */
    private static Charset declared(String label) {
        if (label == null) {
            return null;
        }
        try {
            return Charset.forName(label.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {  // illegal or unsupported name: try the next source
            return null;
        }
    }

    /**
     * The charset to read a label's text with: the superset browsers use, since servers label windows-1252
     * text ISO-8859-1 or ASCII, and GBK/GB18030 text GB2312.
     */
    private static Charset reading(Charset labelled) {
        return switch (labelled.name()) {
            case "ISO-8859-1", "US-ASCII" -> WINDOWS_1252;
            case "GB2312", "GBK" -> GB18030;
            default -> labelled;
        };
    }

    /** True when the bytes are valid UTF-8 and hold at least one multi-byte sequence. */
    private static boolean isMultiByteUtf8(byte[] body) {
        boolean nonAscii = false;
        for (byte b : body) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** UTF-8, except that each byte of an invalid sequence is read as windows-1252. */
    static String utf8OrWindows1252(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            // Never an overflow: neither reading yields more chars than there are bytes.
            for (int i = 0; i < result.length(); i++) {
                out.put(windows1252(in.get()));
            }
        }
        return out.flip().toString();
    }

    private static char windows1252(byte b) {
        String c = new String(new byte[] {b}, WINDOWS_1252);
        return c.length() == 1 ? c.charAt(0) : '\uFFFD';
    }

    private static String withoutXmlIllegalChars(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean illegal = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
            if (illegal && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!illegal && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A byte-order mark: it names the encoding and is not part of the text. */
    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
