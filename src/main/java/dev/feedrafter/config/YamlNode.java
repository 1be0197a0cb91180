package dev.feedrafter.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where each node starts, so that every configuration
 * problem can name its file, line and column. Built by {@link YamlTreeReader}.
 */
public sealed interface YamlNode {
    int line();

    int column();

    /** The dotted path of the node, e.g. {@code feeds[2].url}. */
    String path();

    /** A short name of the node's kind for messages ("a list", "a mapping", "text"). */
    String kind();

    record Scalar(String text, boolean isNull, String path, int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return isNull ? "nothing" : "a single value";
        }
    }

    record Sequence(List<YamlNode> items, String path, int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** Where a key of a mapping is written, for messages about the key itself (e.g. an unknown key). */
    record Position(int line, int column) {}

    record Mapping(LinkedHashMap<String, YamlNode> entries, Map<String, Position> keys, String path, int line,
                   int column) implements YamlNode {
        static Mapping empty(String path, int line, int column) {
            return new Mapping(new LinkedHashMap<>(), Map.of(), path, line, column);
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }
}
