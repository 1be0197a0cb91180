package dev.feedrafter.draft;

import dev.feedrafter.util.PersonNames;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation's authors in AMA style ("Ortiz L, et al."), from the way outlets write them: "Lena Ortiz et al.",
 * "Felix Brandauer, Ingrid Solheim, and Laura Petrakis", "Ishikawa, Kaya; Lund, Sören". Crossref's authors
 * already come in AMA style; a list that cannot be read as people (a consortium) stays as written.
 */
final class CitationAuthors {
    private static final int AUTHORS_BEFORE_ET_AL = 3;
    private static final Pattern ET_AL = Pattern.compile("(?i)[,\\s]*(?:\\bet\\s+al\\b\\.?|\\band\\s+(?:colleagues|others))$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+(?:and|&)\\s+");
    private static final Pattern GROUP = Pattern.compile("(?i).*\\b(?:consortium|group|collaborat\\w*|network|"
            + "investigators|team|study|trial|institute|university|society|committee|association)\\b.*");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*|van|von|der|den|de|del|della|"
            + "la|le|di|da|dos|du|ten|ter");

    private CitationAuthors() {}

    static String ama(String authors) {
        if (authors == null || authors.isBlank()) {
            return authors;
        }
        String s = Texts.squash(authors);
        Matcher etAlMatch = ET_AL.matcher(s);
        boolean etAl = etAlMatch.find();
        List<String> names = new ArrayList<>();
        String list = etAl ? s.substring(0, etAlMatch.start()) : s;
        for (String part : list.contains(";") ? list.split("\\s*;\\s*") : LIST_SEPARATOR.split(list)) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        if (names.isEmpty() || !names.stream().allMatch(CitationAuthors::isPerson)) {
            return authors;
        }
        List<String> ama = names.stream().map(PersonNames::ama).toList();
        if (etAl) {
            return String.join(", ", ama.subList(0, Math.min(AUTHORS_BEFORE_ET_AL, ama.size()))) + ", et al.";
        }
        return PersonNames.amaList(ama);
    }

    /** Two to five words, each capitalized or a family-name particle: "Ruth K. Adebayo", "Okafor N", "Lund, Sören". */
    private static boolean isPerson(String name) {
        String[] words = name.replace(",", " ").strip().split("\\s+");
        if (words.length < 2 || words.length > 5 || GROUP.matcher(name).matches()) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}
