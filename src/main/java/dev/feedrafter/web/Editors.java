package dev.feedrafter.web;

import dev.feedrafter.config.EditorConfig;
import dev.feedrafter.util.Check;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The editors of {@code web.editors} and the check of their passwords. Names are matched ignoring case. */
public final class Editors {
    /** Checked against when the name is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String UNKNOWN_NAME_HASH = Passwords.hash("no such editor".toCharArray());

    private final List<EditorConfig> editors;

    public Editors(List<EditorConfig> editors) {
        this.editors = List.copyOf(Check.notNull(editors, "editors"));
    }

    public boolean isEmpty() {
        return editors.isEmpty();
    }

    /** The editor's configured name when {@code name} and {@code password} match one; empty otherwise. */
    public Optional<String> authenticate(String name, char[] password) {
        Optional<EditorConfig> editor = find(name);
        boolean matches = Passwords.matches(password, editor.map(EditorConfig::passwordHash).orElse(UNKNOWN_NAME_HASH));
        return editor.filter(e -> matches).map(EditorConfig::name);
    }

    /** Whether {@code name} is still a configured editor (a session outlives an edit of feeds.yml only then). */
    public boolean exists(String name) {
        return find(name).isPresent();
    }

    private Optional<EditorConfig> find(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return editors.stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
