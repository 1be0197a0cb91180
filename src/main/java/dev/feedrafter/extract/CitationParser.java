package dev.feedrafter.extract;

import dev.feedrafter.model.Citation;
import dev.feedrafter.util.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Parses the original-research citation that research-news pages print under a label: the quoted or linked
 * title, the authors ("by …" after the title, or the list before it), the journal (in italics, or before the
 * year) and the year, plus the DOI.
 */
final class CitationParser {
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{10,}?)[,.]?[”\"]");
    private static final Pattern BY_AUTHORS = Pattern.compile("(?i)^[\\s,.]*(?:was authored |written )?by\\s+(.+)");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    private static final Pattern ET_AL_FORM = Pattern.compile(
            "^(.+?\\bet al\\.?),\\s*(.+),\\s*([^,()]+?)\\s*\\((\\d{4})\\)");
    private static final Pattern DOI_IN_TEXT = Pattern.compile("\\b10\\.\\d{4,9}/[^\\s\"<>“”]+");
    /** Science X with one or two authors: "Nadia Okoro and Paul Weiss, Title, Journal (2026)". */
    private static final Pattern NAMED_FORM = Pattern.compile(
            "^([\\p{L}][\\p{L}'’.\\- ]{2,80}?),\\s*(.+),\\s*([^,()]+?)\\s*\\((\\d{4})\\)");
    private static final int MAX_AUTHOR_WORDS = 8;
    private static final Pattern ACCESS_NOTE = Pattern.compile("(?i)^(open|closed|free) access\\.?\\s*");

    private CitationParser() {}

    /** Parses the citation text in {@code block} (the label already removed from {@code text}). */
    static Citation parse(Element block, String text) {
        String t = firstReference(Texts.squash(ACCESS_NOTE.matcher(Texts.squash(text)).replaceFirst("")));
        String doi = doi(block, t);
        Matcher etAl = ET_AL_FORM.matcher(t);
        if (!etAl.find()) {
            etAl = NAMED_FORM.matcher(t);
            etAl = etAl.find() && etAl.group(1).split(" ").length <= MAX_AUTHOR_WORDS ? etAl : null;
        }
        if (etAl != null) {
            return new Citation(cleanAuthors(etAl.group(1)), cleanTitle(etAl.group(2)), etAl.group(3).strip(),
                    Integer.valueOf(etAl.group(4)), doi);
        }
        String title = title(block, t);
        String journal = journal(block, title);
        String authors = authors(t, title, journal);
        return new Citation(authors, title, journal, year(t, title), doi);
    }

    /**
     * The first of several references printed in one block (Medical Xpress lists two papers under one "More
     * information:"): the text up to the end of its DOI. A block with one DOI or none is kept whole.
     */
    private static String firstReference(String text) {
        Matcher m = DOI_IN_TEXT.matcher(text);
        if (!m.find()) {
            return text;
        }
        int end = m.end();
        String first = m.group();
        while (m.find()) {
            if (!m.group().equalsIgnoreCase(first)) {
                return text.substring(0, end);
            }
        }
        return text;
    }

    /** The citation in a "The study, “Title,” was authored by A, B and C." sentence ({@link Labels#STUDY_SENTENCE}). */
    static Citation fromStudySentence(Element block, java.util.regex.Matcher study) {
        String title = cleanTitle(study.group(1));
        String doi = doi(block, study.group());
        // "…,” was published in <em>Journal</em> and was authored by …": the sentence names the journal
        String journal = journal(block, title);
        journal = journal != null && study.group().contains(journal) ? journal : null;
        return new Citation(cleanAuthors(study.group(2)), title, journal, null, doi);
    }

    private static String doi(Element block, String text) {
        for (Element a : block.select("a[href]")) {
            if (Doi.isDoiLink(a.attr("href"))) {
                var found = Doi.find(a.attr("href"));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return Doi.find(text).orElse(null);
    }

    private static String title(Element block, String text) {
        Matcher q = QUOTED.matcher(text);
        if (q.find()) {
            return cleanTitle(q.group(1));
        }
        for (Element e : block.select("a[href], strong, b")) {
            String s = Texts.squash(e.text());
            if (s.length() > 15 && !s.endsWith(":") && Doi.find(s).isEmpty() && !s.startsWith("http")) {
                return cleanTitle(s);
            }
        }
        return null;
    }

    private static String journal(Element block, String title) {
        for (Element e : block.select("em, i, cite, .journal")) {
            String s = Texts.squash(e.text()).replaceAll("[.,;:]+$", "");
            if (!s.isEmpty() && !insideTitle(e, title) && s.length() < 150 && Doi.find(s).isEmpty()) {
                return s;
            }
        }
        return null;
    }

    /** True for italics that are part of the title itself (a species name, a quoted term). */
    private static boolean insideTitle(Element e, String title) {
        if (title == null) {
            return false;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (title.equals(cleanTitle(p.text()))) {
                return true;
            }
        }
        return Texts.squash(e.text()).equals(title);
    }

    private static String authors(String text, String title, String journal) {
        if (title == null) {
            return null;
        }
        int at = text.indexOf(title);
        if (at < 0) {
            return null;
        }
        String after = text.substring(at + title.length()).replaceFirst("^[”\"’.,\\s]+", "");
        Matcher by = BY_AUTHORS.matcher(after);
        if (by.find()) {
            String list = by.group(1);
            if (journal != null && list.contains(journal)) {
                list = list.substring(0, list.indexOf(journal));
            }
            return cleanAuthors(list);
        }
        String before = text.substring(0, at).replaceAll("[“\"\\s]+$", "");
        return before.length() > 2 ? cleanAuthors(before) : null;
    }

    private static Integer year(String text, String title) {
        String rest = title == null ? text : text.replace(title, " ");
        rest = DOI_IN_TEXT.matcher(rest).replaceAll(" ");  // "j.neuron.2026.10.012" is not a printed year
        Matcher m = YEAR.matcher(rest);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String cleanTitle(String title) {
        return Texts.firstNonBlank(Texts.squash(title).replaceAll("^[“\"‘]+|[”\"’]+$", "").replaceAll("[.,]$", ""));
    }

    private static String cleanAuthors(String authors) {
        String a = Texts.squash(authors).replaceAll("[\\s.,;:]+$", "");
        a = a.replaceAll("(?i)\\bet al$", "et al.");
        return a.isEmpty() || a.length() > 1000 ? null : a;
    }
}
