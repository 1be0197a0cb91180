package dev.feedrafter.match;

import java.util.Optional;

/** Checks a keyword or topic rule when the configuration is loaded, so a bad one is reported with its line. */
public final class RuleSyntax {
    private RuleSyntax() {}

    /** Why the rule cannot be used, or empty when it is fine. */
    public static Optional<String> problem(String rule) {
        try {
            Rule.parse(rule);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
