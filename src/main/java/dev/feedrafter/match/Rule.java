package dev.feedrafter.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One keyword or topic as written in feeds.yml, compiled: a word or phrase matched by stem in the title,
 * summary and body ("ketamine", "transcranial magnetic stimulation"); the same limited to one field
 * ("title:ketamine", "summary:…", "body:…"); a substring of an author's name ("author:Ahrens") or of the
 * URL ("url:psypost.org"); or a case-insensitive regular expression over the text ("/p(sy|h)ilocybin/").
 */
final class Rule {
    private static final Set<AnalyzedText.Field> TEXT_FIELDS = EnumSet.of(AnalyzedText.Field.TITLE,
            AnalyzedText.Field.SUMMARY, AnalyzedText.Field.BODY);

    private final String source;
    private final Set<AnalyzedText.Field> fields;
    private final List<String> stems;
    private final Pattern regex;
    private final String substring;

    private Rule(String source, Set<AnalyzedText.Field> fields, List<String> stems, Pattern regex, String substring) {
        this.source = source;
        this.fields = fields;
        this.stems = stems;
        this.regex = regex;
        this.substring = substring;
    }

    /** Compiles a rule; throws {@link IllegalArgumentException} with a message fit for the user when it is invalid. */
    static Rule parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.length() > 2 && s.startsWith("/") && s.endsWith("/")) {
            try {
                return new Rule(s, TEXT_FIELDS, List.of(), Pattern.compile(s.substring(1, s.length() - 1),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), null);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a valid regular expression: " + e.getDescription());
            }
        }
        int colon = s.indexOf(':');
        String prefix = colon > 0 ? s.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        String value = colon > 0 ? s.substring(colon + 1).strip() : s;
        switch (prefix) {
            case "author", "url" -> {
                requireValue(value, s);
                return new Rule(s, EnumSet.of(prefix.equals("url") ? AnalyzedText.Field.URL : AnalyzedText.Field.AUTHOR),
                        List.of(), null, value.toLowerCase(Locale.ROOT));
            }
            case "title", "summary", "body" -> {
                requireValue(value, s);
                return words(s, value, EnumSet.of(AnalyzedText.Field.valueOf(prefix.toUpperCase(Locale.ROOT))));
            }
            default -> {
                return words(s, s, TEXT_FIELDS);
            }
        }
    }

    private static Rule words(String source, String phrase, Set<AnalyzedText.Field> fields) {
        List<String> stems = TextAnalyzer.stems(phrase);
        if (stems.isEmpty()) {
            throw new IllegalArgumentException("\"" + source + "\" has no words to match");
        }
        return new Rule(source, fields, stems, null, null);
    }

    private static void requireValue(String value, String source) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("\"" + source + "\" names a field but nothing to look for");
        }
    }

    /** The rule as written in feeds.yml. */
    String source() {
        return source;
    }

    /** The fields of the text where this rule matches, in field order. */
    List<AnalyzedText.Field> matchedFields(AnalyzedText text) {
        List<AnalyzedText.Field> out = new ArrayList<>();
        for (AnalyzedText.Field f : fields) {
            if (matches(f, text)) {
                out.add(f);
            }
        }
        return out;
    }

    private boolean matches(AnalyzedText.Field f, AnalyzedText text) {
        if (f == AnalyzedText.Field.AUTHOR) {
            return text.raw().authors().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(substring));
        }
        if (f == AnalyzedText.Field.URL) {
            return text.raw().url().toLowerCase(Locale.ROOT).contains(substring);
        }
        if (regex != null) {
            String raw = switch (f) {
                case TITLE -> text.raw().title();
                case SUMMARY -> text.raw().summary();
                default -> text.raw().body();
            };
            return regex.matcher(raw).find();
        }
        return Collections.indexOfSubList(text.field(f), stems) >= 0;
    }
}
