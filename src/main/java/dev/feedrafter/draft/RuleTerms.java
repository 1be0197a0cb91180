package dev.feedrafter.draft;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching rules as words a headline or sentence can use: "title:ketamine" reads "ketamine"; rules that name no
 * subject ("author:Ahrens", "url:psypost.org", a regular expression) read as nothing.
 */
final class RuleTerms {
    private static final Pattern FIELD_RULE = Pattern.compile("(?i)(?:title|summary|body):(.+)");
    private static final Pattern NO_SUBJECT = Pattern.compile("(?i)(?:author|url):.*|/.*/");

    private RuleTerms() {}

    /** The words of {@code rule}; null when it names no subject. */
    static String readable(String rule) {
        String r = rule.strip();
        if (NO_SUBJECT.matcher(r).matches()) {
            return null;
        }
        Matcher m = FIELD_RULE.matcher(r);
        return m.matches() ? m.group(1).strip() : r;
    }

    /** The readable ones of {@code rules}, in order. */
    static List<String> readable(List<String> rules) {
        return rules.stream().map(RuleTerms::readable).filter(Objects::nonNull).toList();
    }
}
