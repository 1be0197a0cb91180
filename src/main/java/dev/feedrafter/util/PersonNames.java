package dev.feedrafter.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Personal names as sources write them and as drafts print them. Citation meta and preprint feeds write
 * "Family, Given" ("Ishikawa, Kaya", "Okonkwo, C. A."), and such names joined with commas cannot be read back
 * ("Ishikawa, Kaya, Lund, Sören"). So credits print names in reading order ("Kaya Ishikawa, Sören Lund") and
 * citations in AMA style ("Ishikawa K, Lund S": family name and initials; all of up to six authors, else the
 * first three and "et al.").
 */
public final class PersonNames {
    private static final int AMA_ALL_AUTHORS_UP_TO = 6;
    private static final int AMA_AUTHORS_BEFORE_ET_AL = 3;
    private static final Pattern SUFFIX = Pattern.compile("(?i)(?:jr|sr)\\.?|ii|iii|iv");
    private static final Pattern DEGREE = Pattern.compile("(?i)(?:md|phd|ph\\.d\\.|m\\.d\\.|mph|do|rn|msc|bsc|ma|ms"
            + "|psyd|dphil|mbbs|frcp|facp)\\.?");
    private static final Pattern HONORIFIC = Pattern.compile("(?i)^(?:dr|prof|professor|mr|mrs|ms)\\.?\\s+");
    /** Lower-case words that belong to the family name: "van der Berg", "de la Cruz". */
    private static final Pattern PARTICLE = Pattern.compile("van|von|der|den|de|del|della|la|le|di|da|dos|du|ten|ter");
    /** A name already in AMA form: "Duque M", "Chen AB". */
    private static final Pattern AMA_FORM = Pattern.compile("[^,]+ \\p{Lu}{1,3}");

    private PersonNames() {}

    /** A name in one of its written forms, split into its parts; {@code given} and {@code suffix} may be empty. */
    private record Name(String given, String family, String suffix) {
        String readingOrder() {
            return String.join(" ", List.of(given, family, suffix).stream().filter(s -> !s.isEmpty()).toList());
        }

        String ama() {
            StringBuilder initials = new StringBuilder();
            for (String part : given.split("[\\s.\\-‐]+")) {
                if (!part.isEmpty() && Character.isLetter(part.codePointAt(0))) {
                    initials.append(part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT));
                }
            }
            return family + (initials.isEmpty() ? "" : " " + initials) + (suffix.isEmpty() ? "" : " " + suffix);
        }
    }

    /**
     * "Ishikawa, Kaya" → "Kaya Ishikawa", "Smith, John, Jr." → "John Smith Jr.", "Jane Doe, MD" → "Jane Doe";
     * a name already in reading order, or a value that may hold two names ("Jane Doe, John Roe"), as it is.
     */
    public static String readingOrder(String name) {
        String n = Texts.squash(name);
        Name parsed = inverted(n);
        return parsed == null ? withoutDegrees(n) : parsed.readingOrder();
    }

    /** Names in reading order joined with commas ("Kaya Ishikawa, Sören Lund"); null when there are none. */
    public static String credit(List<String> names) {
        Check.notNull(names, "names");
        List<String> clean = Texts.cleanList(names.stream().map(PersonNames::readingOrder).toList());
        return clean.isEmpty() ? null : String.join(", ", clean);
    }

    /** One person's name in AMA style, from "Family, Given" or "Given Family": "Ishikawa K", "van Dijk JP". */
    public static String ama(String name) {
        String n = withoutDegrees(Texts.squash(name));
        if (AMA_FORM.matcher(n).matches()) {
            return n;
        }
        Name parsed = inverted(n);
        if (parsed == null) {
            parsed = natural(HONORIFIC.matcher(n).replaceFirst(""));
        }
        return parsed == null ? n : parsed.ama();
    }

    /** AMA style from the parts Crossref gives: ("Okafor", "Ngozi A.", null) → "Okafor NA". */
    public static String ama(String family, String given, String suffix) {
        Check.notBlank(family, "family");
        return new Name(Texts.orEmpty(Texts.firstNonBlank(given)), Texts.squash(family),
                Texts.orEmpty(Texts.firstNonBlank(suffix))).ama();
    }

    /** An AMA author list from names already in AMA style; null when there are none. */
    public static String amaList(List<String> amaNames) {
        Check.notNull(amaNames, "amaNames");
        List<String> names = Texts.cleanList(amaNames);
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() > AMA_ALL_AUTHORS_UP_TO) {
            return String.join(", ", names.subList(0, AMA_AUTHORS_BEFORE_ET_AL)) + ", et al.";
        }
        return String.join(", ", names);
    }

    /** "Family, Given[, Suffix]"; null when the comma does not separate one person's family and given names. */
    private static Name inverted(String n) {
        String[] parts = n.split("\\s*,\\s*");
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return null;
        }
        String suffix = parts.length == 3 ? parts[2] : "";
        if (!suffix.isEmpty() && !SUFFIX.matcher(suffix).matches() || DEGREE.matcher(parts[1]).matches()
                || SUFFIX.matcher(parts[1]).matches()) {
            return null;
        }
        // "Jane Doe, John Roe" is two people: both sides are names of their own.
        if (capitalizedWords(parts[0]) > 1 && capitalizedWords(parts[1]) > 1 && !isInitials(parts[1])) {
            return null;
        }
        if (words(parts[0]) > 4 || words(parts[1]) > 4) {
            return null;
        }
        return new Name(parts[1], parts[0], suffix);
    }

    /** "Kaya Ishikawa", "Ludwig van Beethoven"; null for a single word. */
    private static Name natural(String n) {
        List<String> words = new ArrayList<>(List.of(n.split(" ")));
        String suffix = "";
        if (words.size() > 2 && SUFFIX.matcher(words.get(words.size() - 1).replace(",", "")).matches()) {
            suffix = words.remove(words.size() - 1);
            words.set(words.size() - 1, words.get(words.size() - 1).replaceAll(",$", ""));
        }
        if (words.size() < 2) {
            return null;
        }
        int familyStart = words.size() - 1;
        while (familyStart > 1 && PARTICLE.matcher(words.get(familyStart - 1)).matches()) {
            familyStart--;
        }
        return new Name(String.join(" ", words.subList(0, familyStart)),
                String.join(" ", words.subList(familyStart, words.size())), suffix);
    }

    private static String withoutDegrees(String n) {
        String out = n;
        int comma;
        while ((comma = out.lastIndexOf(',')) > 0 && DEGREE.matcher(out.substring(comma + 1).strip()).matches()) {
            out = out.substring(0, comma).strip();
        }
        return out;
    }

    private static boolean isInitials(String s) {
        return s.matches("(?:\\p{Lu}\\.?[\\s-]*){1,4}");
    }

    private static int capitalizedWords(String s) {
        int n = 0;
        for (String w : s.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !isInitials(w)) {
                n++;
            }
        }
        return n;
    }

    private static int words(String s) {
        return s.split(" ").length;
    }
}
