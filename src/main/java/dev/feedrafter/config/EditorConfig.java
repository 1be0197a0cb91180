package dev.feedrafter.config;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * An editor who may log in to the web UI and its API. The password is kept only as a bcrypt hash made by
 * {@code feedrafter hash-password}; a value that is not one (a plain password pasted by mistake) is a
 * configuration error, so it is never compared as text.
 */
public record EditorConfig(String name, String passwordHash) {
    /** A bcrypt hash: version 2a, 2b or 2y, a cost from 4 to 31, then 22 characters of salt and 31 of hash. */
    public static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

    @Override
    public String toString() {
        return "EditorConfig[name=" + name + "]";
    }

    static EditorConfig read(YamlNode node, Problems problems) {
        Fields f = Fields.of(node, problems, Set.of("name", "password_hash"));
        String name = f.requiredText("name");
        String hash = f.requiredText("password_hash");
        if (name != null && (name.contains(":") || name.length() > 100)) {
            problems.at(f.child("name"), "an editor's name has at most 100 characters and no \":\" (it is the user "
                    + "name of the login and of HTTP Basic auth)");
            return null;
        }
        if (hash != null && !BCRYPT.matcher(hash).matches()) {
            problems.at(f.child("password_hash"), "not a password hash; run \"feedrafter hash-password\" and paste "
                    + "the line it prints (it starts with $2a$), in quotes");
            return null;
        }
        return name == null || hash == null ? null : new EditorConfig(name, hash);
    }
}
