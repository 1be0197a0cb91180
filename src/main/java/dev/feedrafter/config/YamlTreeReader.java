package dev.feedrafter.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML text into a {@link YamlNode} tree with positions, substituting {@code ${ENV_VAR}} in values.
 * Duplicate keys and unset variables are collected as problems rather than thrown one at a time.
 */
final class YamlTreeReader {
    private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final String file;
    private final Problems problems;
    private final java.util.function.Function<String, String> environment;

    YamlTreeReader(String file, Problems problems, java.util.function.Function<String, String> environment) {
        this.file = file;
        this.problems = problems;
        this.environment = environment;
    }

    /** The root node, or an empty mapping when the document is empty. */
    YamlNode read(String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return YamlNode.Mapping.empty("", 1, 1);
            }
            return node(parser, "");
        } catch (JsonProcessingException e) {
            throw new ConfigException(List.of(YamlSyntaxError.of(file, e)));
        } catch (IOException e) {
            throw new ConfigException(new Problem(file, 0, 0, "", "cannot read: " + e.getMessage()), e);
        }
    }

    private YamlNode node(JsonParser p, String path) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
            java.util.Map<String, YamlNode.Position> keys = new java.util.HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                p.nextToken();
                String childPath = path.isEmpty() ? key : path + "." + key;
                YamlNode child = node(p, childPath);
                if (entries.containsKey(key)) {
                    problems.add(new Problem(file, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                            "duplicate key (already set on line " + entries.get(key).line() + ")"));
                }
                entries.put(key, child);
                keys.put(key, new YamlNode.Position(keyAt.getLineNr(), keyAt.getColumnNr()));
            }
            return new YamlNode.Mapping(entries, keys, path, line, col);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p, path + "[" + items.size() + "]"));
            }
            return new YamlNode.Sequence(items, path, line, col);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new YamlNode.Scalar(null, true, path, line, col);
        }
        return new YamlNode.Scalar(substitute(p.getText(), path, line, col), false, path, line, col);
    }

    private String substitute(String text, String path, int line, int col) {
        Matcher m = ENV.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = environment.apply(m.group(1));
            if (value == null) {
                problems.add(new Problem(file, line, col, path, "environment variable " + m.group(1) + " is not set"));
                value = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
