package dev.feedrafter.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The lenient pre-pass over a feed's text, fixing what a human reader would shrug off: junk or whitespace
 * before the prolog, a DOCTYPE (removed, so no external entity is ever fetched and no entity expands
 * without bound), HTML entities that XML does not declare ({@code &nbsp;}), bare {@code &} and {@code <},
 * characters XML forbids, and text after the root element. CDATA sections and comments are copied as they
 * are. Each kind of repair is reported once, so a well-formed feed comes out unchanged and without notes.
 */
final class XmlRepair {
    /** The repaired text, the repairs made (empty when none) and the lines cut from the top. */
    record Result(String text, List<String> repairs, int linesRemoved) {}

    private static final Pattern START = Pattern.compile("<\\?xml\\s|<(?:[A-Za-z_][\\w.-]*:)?(?:rss|feed|RDF|opml)[\\s>]");
    private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY\\s+([\\w.-]+)\\s+(\"([^\"]*)\"|'([^']*)')\\s*>");
    private static final Pattern REFERENCE = Pattern.compile("#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z_][\\w.-]*");
    private static final Pattern FIRST_TAG = Pattern.compile("<([A-Za-z_][\\w.:-]*)");
    private static final int MAX_DECLARED_ENTITY = 256;
    private static final int LOOK_FOR_START = 65_536;

    private final String in;
    private final StringBuilder out;
    private final List<String> repairs = new ArrayList<>();
    private final Map<String, String> declared = new HashMap<>();
    private int i;

    private XmlRepair(String in) {
        this.in = in;
        this.out = new StringBuilder(in.length() + 64);
    }

    static Result repair(String text) {
        XmlRepair r = new XmlRepair(text);
        int start = r.start();
        int linesRemoved = (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        r.i = start;
        r.scan();
        return new Result(r.trimTrailing(r.out.toString()), List.copyOf(r.repairs), linesRemoved);
    }

    /** Where the document proper starts: the XML declaration or the root, past any junk before it. */
    private int start() {
        int first = 0;
        while (first < in.length() && (Character.isWhitespace(in.charAt(first)) || in.charAt(first) == '\uFEFF')) {
            first++;
        }
        Matcher m = START.matcher(in).region(first, Math.min(in.length(), first + LOOK_FOR_START));
        if (m.find() && m.start() > first && !onlyPrologBefore(m.start(), first)) {
            note("ignored text before the start of the feed");
            return m.start();
        }
        return first;
    }

    private boolean onlyPrologBefore(int end, int from) {
        String before = in.substring(from, end).replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>|<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>", "");
        return before.isBlank();
    }

    private void scan() {
        int n = in.length();
        while (i < n) {
            char c = in.charAt(i);
            if (c == '<') {
                markup();
            } else if (c == '&') {
                reference();
            } else if (isXmlChar(c)) {
                out.append(c);
                i++;
            } else {
                surrogateOrDrop(c);
            }
        }
    }

    private void markup() {
        if (in.startsWith("<![CDATA[", i)) {
            copyThrough("]]>");
        } else if (in.startsWith("<!--", i)) {
            copyThrough("-->");
        } else if (in.startsWith("<!DOCTYPE", i) || in.startsWith("<!doctype", i)) {
            skipDoctype();
        } else if (i + 1 < in.length() && canStartMarkup(in.charAt(i + 1))) {
            out.append('<');
            i++;
        } else {
            note("escaped a bare '<'");
            out.append("&lt;");
            i++;
        }
    }

    private static boolean canStartMarkup(char next) {
        return Character.isLetter(next) || next == '_' || next == ':' || next == '/' || next == '?' || next == '!';
    }

    private void copyThrough(String end) {
        int close = in.indexOf(end, i);
        int stop = close < 0 ? in.length() : close + end.length();
        for (int k = i; k < stop; k++) {
            char c = in.charAt(k);
            if (isXmlChar(c) || Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        i = stop;
    }

    /** Drops the DOCTYPE; simple internal entities (plain text values) are remembered and expanded once. */
    private void skipDoctype() {
        int bracket = in.indexOf('[', i);
        int gt = in.indexOf('>', i);
        int end;
        if (bracket >= 0 && (gt < 0 || bracket < gt)) {
            int close = in.indexOf("]", bracket);
            end = close < 0 ? in.length() : in.indexOf('>', close);
            Matcher m = ENTITY_DECL.matcher(in.substring(bracket, close < 0 ? in.length() : close));
            while (m.find()) {
                String value = m.group(3) != null ? m.group(3) : m.group(4);
                if (value.length() <= MAX_DECLARED_ENTITY && value.indexOf('&') < 0 && value.indexOf('<') < 0
                        && value.indexOf('%') < 0) {
                    declared.put(m.group(1), value);
                }
            }
        } else {
            end = gt;
        }
        i = end < 0 ? in.length() : end + 1;
    }

    private void reference() {
        int semi = semicolonNear(i);
        String name = semi > i + 1 ? in.substring(i + 1, semi) : null;
        if (name == null || !REFERENCE.matcher(name).matches()) {
            note("escaped a bare '&'");
            out.append("&amp;");
            i++;
            return;
        }
        i = semi + 1;
        if (name.charAt(0) == '#') {
            numeric(name);
        } else if (name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot")
                || name.equals("apos")) {
            out.append('&').append(name).append(';');
        } else if (declared.containsKey(name)) {
            appendEscaped(declared.get(name));
        } else if (Entities.isNamedEntity(name)) {
            note("decoded HTML entities that XML does not declare");
            appendEscaped(Entities.getByName(name));
        } else {
            note("kept unknown entities as text");
            out.append("&amp;").append(name).append(';');
        }
    }

    /** The ';' that may close a reference starting at {@code amp}: looked for in the next 40 characters only, so
     * that a text full of bare '&' stays linear. -1 when there is none. */
    private int semicolonNear(int amp) {
        int end = Math.min(in.length(), amp + 41);
        for (int k = amp + 1; k < end; k++) {
            if (in.charAt(k) == ';') {
                return k;
            }
        }
        return -1;
    }

    /** A character reference; the C1 range is read as windows-1252, as browsers do, and forbidden ones dropped. */
    private void numeric(String name) {
        int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        if (cp >= 0x80 && cp <= 0x9F) {
            byte[] b = {(byte) cp};
            String mapped = new String(b, java.nio.charset.Charset.forName("windows-1252"));
            out.append("&#").append(mapped.codePointAt(0)).append(';');
        } else if (cp <= 0x10FFFF && (cp >= 0x10000 || isXmlChar((char) cp))) {
            out.append("&#").append(name, 1, name.length()).append(';');
        } else {
            note("dropped characters that XML forbids");
        }
    }

    private void appendEscaped(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    private void surrogateOrDrop(char c) {
        if (Character.isHighSurrogate(c) && i + 1 < in.length() && Character.isLowSurrogate(in.charAt(i + 1))) {
            out.append(c).append(in.charAt(i + 1));
            i += 2;
            return;
        }
        note("dropped characters that XML forbids");
        i++;
    }

    /** Cuts text after the root element's end tag, unless only comments and whitespace follow it. */
    private String trimTrailing(String text) {
        Matcher root = FIRST_TAG.matcher(text).region(rootStart(text), text.length());
        if (root.lookingAt()) {
            String name = root.group(1);
            int end = text.lastIndexOf("</" + name);
            if (end < 0) {
                return text;
            }
            int gt = text.indexOf('>', end);
            if (gt < 0) {
                return text;
            }
            String tail = text.substring(gt + 1);
            if (tail.isBlank() || tail.replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>", "").isBlank()) {
                return text;
            }
            note("ignored text after the end of the feed");
            return text.substring(0, gt + 1);
        }
        return text;
    }

    /** Where the root element starts: past the XML declaration, comments, PIs and whitespace. */
    private static int rootStart(String text) {
        int p = 0;
        while (p < text.length()) {
            if (Character.isWhitespace(text.charAt(p))) {
                p++;
            } else if (text.startsWith("<!--", p)) {
                p = skipPast(text, p, "-->");
            } else if (text.startsWith("<?", p)) {
                p = skipPast(text, p, "?>");
            } else if (text.startsWith("<!", p)) {
                p = skipPast(text, p, ">");
            } else {
                return p;
            }
        }
        return p;
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private void note(String repair) {
        if (!repairs.contains(repair)) {
            repairs.add(repair);
        }
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20 && c <= 0xD7FF || c == 0x9 || c == 0xA || c == 0xD || c >= 0xE000 && c <= 0xFFFD;
    }
}
