package dev.feedrafter.config;

import dev.feedrafter.FeedrafterException;
import java.util.List;

/** feeds.yml is missing, unreadable or invalid; {@link #problems()} lists every problem found, each with its place. */
public class ConfigException extends FeedrafterException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ConfigException(List<Problem> problems) {
        super(String.join("\n", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problems = List.of(problem);
    }

    public List<Problem> problems() {
        return problems;
    }
}
