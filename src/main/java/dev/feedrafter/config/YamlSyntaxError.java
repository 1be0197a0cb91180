package dev.feedrafter.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error as a person editing feeds.yml can act on it: where the problem is (not where the
 * construct around it began) and what it is in plain words. SnakeYAML says "while scanning a quoted scalar" or
 * "expected &lt;block end&gt;, but found '&lt;block mapping start&gt;'", which names parser states, not mistakes.
 */
final class YamlSyntaxError {
    private static final Pattern CLOSING = Pattern.compile("expected ',' or '([\\]}])'.*");

    private YamlSyntaxError() {}

    static Problem of(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark at = m.getProblemMark();
            return new Problem(file, at.getLine() + 1, at.getColumn() + 1, "", "not valid YAML: " + explain(m));
        }
        JsonLocation at = e.getLocation();
        return new Problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                "not valid YAML: " + firstLine(e.getOriginalMessage()));
    }

    private static String explain(MarkedYAMLException m) {
        String problem = firstLine(m.getProblem());
        String context = m.getContext() == null ? "" : m.getContext();
        String opened = m.getContextMark() == null ? "" : " on line " + (m.getContextMark().getLine() + 1);
        if (problem.contains("(TAB)") || problem.contains("\t")) {
            return "a tab character; indent with spaces";
        }
        if (problem.startsWith("expected <block end>")) {
            return "this line's indentation does not match the lines above it";
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return "a \": \" where no key can start; put quotes around a value that contains \": \"";
        }
        if (context.contains("quoted scalar")) {
            return "the quoted value that starts" + opened + " has no closing quote";
        }
        Matcher closing = CLOSING.matcher(problem);
        if (closing.matches()) {
            return "the " + (closing.group(1).equals("]") ? "[list]" : "{mapping}") + " that starts" + opened
                    + " is not closed with '" + closing.group(1) + "'";
        }
        return problem + (context.isEmpty() ? "" : " (" + context + opened + ")");
    }

    private static String firstLine(String message) {
        String m = message == null ? "syntax error" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
