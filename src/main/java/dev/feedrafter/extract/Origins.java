package dev.feedrafter.extract;

import dev.feedrafter.util.Texts;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where each extracted value came from ("json-ld headline", "meta og:title", "label Source:", "site rule
 * #abstract"), so that an editor can see why a draft says what it says. Values are picked with {@link #pick}:
 * the first source in precedence order that has a value wins and is recorded.
 */
final class Origins {
    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Starts picking {@code field}'s value. */
    <T> Pick<T> pick(String field) {
        return new Pick<>(field);
    }

    void record(String field, String origin) {
        byField.put(field, origin);
    }

    /** Where {@code field}'s value came from; null when it has none yet. */
    String get(String field) {
        return byField.get(field);
    }

    Map<String, String> asMap() {
        return Map.copyOf(byField);
    }

    /** Candidate values of one field in precedence order; the first present one wins. */
    final class Pick<T> {
        private final String field;
        private T value;

        private Pick(String field) {
            this.field = field;
        }

        Pick<T> or(String origin, T candidate) {
            if (value == null && present(candidate)) {
                value = candidate;
                byField.put(field, origin);
            }
            return this;
        }

        Pick<T> orGet(String origin, Supplier<T> candidate) {
            return value != null ? this : or(origin, candidate.get());
        }

        /** The winning value, or null when no source had one. */
        T get() {
            return value;
        }

        private boolean present(T candidate) {
            if (candidate instanceof String s) {
                return !Texts.isBlank(s);
            }
            if (candidate instanceof Collection<?> c) {
                return !c.isEmpty();
            }
            return candidate != null;
        }
    }
}
