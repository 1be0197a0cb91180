package dev.feedrafter.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects configuration problems so that all of them are reported at once, in file order. */
final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Problem problem) {
        list.add(problem);
    }

    void at(YamlNode node, String message) {
        list.add(new Problem(file, node.line(), node.column(), node.path(), message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new ConfigException(sorted);
        }
    }
}
