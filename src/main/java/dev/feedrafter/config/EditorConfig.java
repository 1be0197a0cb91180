package dev.feedrafter.config;

import java.util.Set;

/** An editor who may log in to the web UI; the hash comes from {@code feedrafter hash-password}. */
public record EditorConfig(String name, String passwordHash) {
    @Override
    public String toString() {
        return "EditorConfig[name=" + name + "]";
    }

    static EditorConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("name", "password_hash"));
        String name = f.requiredText("name");
        String hash = f.requiredText("password_hash");
        return name == null || hash == null ? null : new EditorConfig(name, hash);
    }
}
