package dev.feedrafter.config;

import dev.feedrafter.model.Durations;
import dev.feedrafter.util.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Typed access to one mapping of feeds.yml. Each getter returns the given default when the key is absent
 * and records a problem (returning the default) when the value is of the wrong shape, so that reading
 * goes on and every problem of the file is reported together.
 */
final class Fields {
    private final YamlNode.Mapping mapping;
    private final Problems problems;

    private Fields(YamlNode.Mapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** Reads a mapping that may hold only {@code allowed} keys; other keys are reported as unknown. */
    static Fields of(YamlNode node, Problems problems, Set<String> allowed) {
        if (node instanceof YamlNode.Mapping m) {
            for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    YamlNode.Position at = m.keys().get(e.getKey());
                    problems.add(new Problem(problems.file(), at.line(), at.column(), e.getValue().path(),
                            "unknown key" + suggestion(e.getKey(), allowed)));
                }
            }
            return new Fields(m, problems);
        }
        if (!(node instanceof YamlNode.Scalar s && s.isNull())) {
            problems.at(node, "expected a mapping of keys to values, found " + node.kind());
        }
        return new Fields(YamlNode.Mapping.empty(node.path(), node.line(), node.column()), problems);
    }

    Problems problems() {
        return problems;
    }

    YamlNode.Mapping node() {
        return mapping;
    }

    boolean has(String key) {
        YamlNode n = mapping.entries().get(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.isNull());
    }

    /** The child node, or null when absent. */
    YamlNode child(String key) {
        return mapping.entries().get(key);
    }

    String text(String key, String fallback) {
        YamlNode n = child(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
            return fallback;
        }
        if (n instanceof YamlNode.Scalar s) {
            return s.text().strip();
        }
        problems.at(n, "expected text, found " + n.kind());
        return fallback;
    }

    String requiredText(String key) {
        String value = text(key, null);
        if (value == null || value.isBlank()) {
            if (child(key) == null || value != null) {
                problems.add(new Problem(problems.file(), mapping.line(), mapping.column(),
                        join(mapping.path(), key), "required, but missing or empty"));
            } else {
                problems.at(child(key), "required, but empty");
            }
            return null;
        }
        return value;
    }

    boolean bool(String key, boolean fallback) {
        String value = text(key, null);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.at(child(key), "expected true or false, found \"" + value + "\"");
                yield fallback;
            }
        };
    }

    int integer(String key, int fallback, int min, int max) {
        String value = text(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                problems.at(child(key), "must be between " + min + " and " + max + ", found " + n);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.at(child(key), "expected a whole number, found \"" + value + "\"");
            return fallback;
        }
    }

    double decimal(String key, double fallback, double min, double max) {
        String value = text(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            double n = Double.parseDouble(value);
            if (n < min || n > max || Double.isNaN(n)) {
                problems.at(child(key), "must be between " + min + " and " + max + ", found " + value);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.at(child(key), "expected a number, found \"" + value + "\"");
            return fallback;
        }
    }

    Duration duration(String key, Duration fallback) {
        String value = text(key, null);
        if (value == null) {
            return fallback;
        }
        return Durations.parse(value).filter(d -> !d.isZero()).orElseGet(() -> {
            problems.at(child(key), "expected a duration like 30m, 2h or 1d, found \"" + value + "\"");
            return fallback;
        });
    }

    /** An absolute http(s) URL. */
    URI url(String key, URI fallback) {
        String value = text(key, null);
        if (value == null) {
            return fallback;
        }
        return parseUrl(value, child(key), problems).orElse(fallback);
    }

    static java.util.Optional<URI> parseUrl(String value, YamlNode at, Problems problems) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.at(at, "expected an absolute http:// or https:// URL, found \"" + value + "\"");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(uri);
        } catch (URISyntaxException e) {
            problems.at(at, "not a valid URL: \"" + value + "\" (" + e.getReason() + ")");
            return java.util.Optional.empty();
        }
    }

    /** A list of single values; a single value is accepted as a list of one. */
    List<String> textList(String key) {
        YamlNode n = child(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (n instanceof YamlNode.Scalar s) {
            return s.text().isBlank() ? List.of() : List.of(s.text().strip());
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : ((n instanceof YamlNode.Sequence seq) ? seq.items() : List.<YamlNode>of())) {
            if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                out.add(s.text().strip());
            } else {
                problems.at(item, "expected text, found " + item.kind());
            }
        }
        if (n instanceof YamlNode.Mapping) {
            problems.at(n, "expected a list, found a mapping");
        }
        return out;
    }

    /** A list of keyword or topic rules, each checked as it would be compiled ("title:…", "/regex/"). */
    List<String> ruleList(String key) {
        List<String> rules = textList(key);
        YamlNode n = child(key);
        for (int i = 0; i < rules.size(); i++) {
            var problem = dev.feedrafter.match.RuleSyntax.problem(rules.get(i));
            if (problem.isPresent()) {
                YamlNode at = n instanceof YamlNode.Sequence seq && i < seq.items().size() ? seq.items().get(i) : n;
                problems.at(at, problem.get());
            }
        }
        return rules;
    }

    /** Each item of a list read by {@code reader}; items it rejects (null) are left out. */
    <T> List<T> list(String key, BiFunction<YamlNode, Problems, T> reader) {
        YamlNode n = child(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(n instanceof YamlNode.Sequence seq)) {
            problems.at(n, "expected a list, found " + n.kind());
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            T value = reader.apply(item, problems);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** A nested section; an absent key reads as an empty mapping at this node's place. */
    YamlNode section(String key) {
        YamlNode n = child(key);
        if (n == null) {
            return YamlNode.Mapping.empty(join(mapping.path(), key), mapping.line(), mapping.column());
        }
        return n;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String suggestion(String key, Set<String> allowed) {
        return Texts.closest(key.toLowerCase(Locale.ROOT), allowed).map(best -> " (did you mean \"" + best + "\"?)")
                .orElse(" (known keys: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
    }
}
