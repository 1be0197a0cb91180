package dev.feedrafter.feed;

import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One string per author. Feeds list authors one element each (PubMed's {@code dc:creator}s) or all in one
 * string: bioRxiv and medRxiv write "Surname, I., Other, A. B.", others "A. Smith, B. Jones and C. Lee".
 * Initials that follow a surname stay with it; an e-mail address in RSS {@code <author>} gives way to the
 * name beside it.
 */
final class Authors {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:;|,|\\band\\b|&)\\s*");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}{1,2}\\.?[\\s-]*){1,4}");
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    private static final Pattern NAME_WITH_EMAIL = Pattern.compile("(.+?)\\s*[<(]\\S+@\\S+[>)]");

    private Authors() {}

    /** The authors named in the given values, split where one value holds several. */
    static List<String> split(List<String> values) {
        List<String> names = new ArrayList<>();
        if (values.size() == 1) {
            names.addAll(splitOne(values.get(0)));
        } else {
            for (String v : values) {
                names.add(withoutEmail(v));
            }
        }
        return Texts.cleanList(names);
    }

    private static List<String> splitOne(String value) {
        String v = withoutEmail(Texts.squash(value));
        if (!SEPARATORS.matcher(v).find()) {
            return List.of(v);
        }
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(v)) {
            if (part.isBlank()) {
                continue;
            }
            boolean initials = INITIALS.matcher(part).matches();
            if (initials && !names.isEmpty() && !names.get(names.size() - 1).contains(",")) {
                names.set(names.size() - 1, names.get(names.size() - 1) + ", " + part);
            } else {
                names.add(part);
            }
        }
        return names;
    }

    private static String withoutEmail(String value) {
        String v = Texts.squash(value);
        var m = EMAIL_WITH_NAME.matcher(v);
        if (m.matches()) {
            return m.group(1);
        }
        m = NAME_WITH_EMAIL.matcher(v);
        return m.matches() ? m.group(1) : v;
    }
}
