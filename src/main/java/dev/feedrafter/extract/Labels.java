package dev.feedrafter.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels research-news sites print before their parts, tolerant of case, punctuation and dashes:
 * "Summary:", "Key Facts", "Source:", "Materials provided by", "Original Research:", "Journal Reference:",
 * "More information:", "Contact:", "Funding:". Group 1 of each label pattern is the text after the label.
 */
final class Labels {
    static final Pattern SUMMARY = label("summary|in brief|at a glance|tl;dr");
    static final Pattern KEY_FACTS = label("key facts|key points|key findings|highlights|key takeaways");
    static final Pattern SOURCE = Pattern.compile(
            "(?i)^\\s*(?:source|story source|materials provided by|provided by)\\s*[:.\\-–—]?\\s*(.*)$");
    static final Pattern CITATION = label("original research|journal reference|journal references|"
            + "more information|reference|references|study reference");
    static final Pattern JOURNAL_INFO = label("journal information|journal");
    static final Pattern CONTACT = label("contact|press contact|media contact");
    static final Pattern FUNDING = label("funding|funding information");
    static final Pattern IMAGE = label("image|photo|image credit|photo credit");
    /** What an "Image:" line says when it credits the picture rather than describing it. */
    static final Pattern IMAGE_CREDIT = Pattern.compile("(?i)credit|courtesy|public domain|©|\\bCC[ -]?(?:BY|0)\\b|"
            + "shutterstock|getty|adobe stock|pixabay|unsplash|istock");
    static final Pattern ABOUT = Pattern.compile("(?i)^\\s*about this\\b.{0,80}\\b(research|news|study)\\b.*");
    /** The site's citation of its own story ("Citation: … retrieved 25 November 2026 from https://…"). */
    static final Pattern SELF_CITATION = Pattern.compile("(?i)^\\s*citation\\s*:.*\\bretrieved\\b.*\\bfrom\\b.*");
    /** Words a {@link #STUDY_SENTENCE} must contain, to rule most lines out cheaply. */
    static final String[] STUDY_VERBS = {"authored by", "written by", "conducted by", "co-authored by"};
    /** "The study, “Title,” was authored by A, B and C." (or "…,” was published in J and was authored by …"). */
    static final Pattern STUDY_SENTENCE = Pattern.compile("(?i)\\b(?:the|their|this) (?:new )?(?:study|paper|"
            + "research|report|article|findings)\\b[^“\"]{0,80}[“\"](.{10,}?)[,.]?[”\"],?"
            + "(?:[^“”\"]{0,200}?\\band)?\\s+(?:(?:was|were)\\s+)?"
            + "(?:authored|written|conducted|co-authored)\\s+by\\s+(.+?)\\.?$");
    static final Pattern PUBLISHED_IN = Pattern.compile("(?i)\\b(?:published|appears?|appearing|reported)"
            + "(?: online| today| this week)? in (?:the )?(?:journal )?$");
    private static final Pattern NOTE = Pattern.compile("(?i)\\s*note:\\s*content may be edited.*$");
    /** ScienceDaily names the writer after the institution: "University of X. Original written by Jane Doe." */
    private static final Pattern WRITTEN_BY = Pattern.compile("(?i)[.,]?\\s*(?:original(?:ly)? )?written by\\b.*$");

    /** The first words of every label above, to rule most lines out without running the patterns. */
    private static final String[] FIRST_WORDS = {"summary", "in brief", "at a glance", "tl;dr", "key ", "highlights",
        "source", "story source", "materials provided", "provided by", "original research", "journal",
        "more information", "reference", "study reference", "contact", "press contact", "media contact", "funding",
        "image", "photo", "citation"};

    private Labels() {}

    /** False when the line cannot start with any label (cheap test before the patterns). */
    static boolean mayStartWithLabel(String line) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        for (String w : FIRST_WORDS) {
            if (line.regionMatches(true, start, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** A label at the start of a line, with its separator: "Summary:", "Summary –", "SUMMARY". */
    static Pattern label(String names) {
        return Pattern.compile("(?i)^\\s*(?:" + names + ")\\s*(?:[:.\\-–—]\\s*|$)(.*)$");
    }

    /** The text after {@code label} when the line starts with it, else null. */
    static String after(Pattern label, String line) {
        Matcher m = label.matcher(line);
        return m.matches() ? m.group(1).strip() : null;
    }

    /** "University of X. Note: Content may be edited…" → "University of X". */
    static String sourceName(String text) {
        return WRITTEN_BY.matcher(NOTE.matcher(text).replaceFirst("")).replaceFirst("").replaceAll("[.\\s]+$", "").strip();
    }
}
