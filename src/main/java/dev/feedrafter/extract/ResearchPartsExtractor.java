package dev.feedrafter.extract;

import dev.feedrafter.model.Citation;
import dev.feedrafter.model.ResearchLinks;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the labelled parts research-news sites print around an article, tolerant of punctuation and markup:
 * "Summary:", "Key Facts"/"Highlights", "Source:"/"Provided by"/"Materials provided by", and the citation under
 * "Original Research:", "Journal Reference:", "More information:" or "Reference:".
 */
final class ResearchPartsExtractor {
    private static final Pattern SUMMARY = label("summary|in brief|at a glance|tl;dr");
    private static final Pattern KEY_FACTS = label("key facts|key points|key findings|highlights|key takeaways");
    private static final Pattern SOURCE = Pattern.compile(
            "(?i)^\\s*(?:source|materials provided by|provided by|story source)\\s*[:.\\-–—]?\\s*(.*)$");
    private static final Pattern CITATION = label(
            "original research|journal reference|journal references|more information|reference|references|citation");
    private static final Pattern SCIENCEDAILY_NOTE = Pattern.compile("(?i)\\s*note:\\s*content may be edited.*$");

    private ResearchPartsExtractor() {}

    static ResearchParts read(Document doc) {
        List<LabeledLine> lines = LabeledLine.of(doc.body());
        return new ResearchParts(summary(lines), keyFacts(doc, lines), source(lines), citation(doc, lines),
                links(doc));
    }

    /** A label at the start of a line, with its separator: "Summary:", "Summary –", "SUMMARY". */
    static Pattern label(String names) {
        return Pattern.compile("(?i)^\\s*(?:" + names + ")\\s*(?:[:.\\-–—]\\s*|$)(.*)$");
    }

    private static String summary(List<LabeledLine> lines) {
        for (LabeledLine line : lines) {
            Matcher m = SUMMARY.matcher(line.text());
            if (m.matches() && m.group(1).length() > 20) {
                return Texts.squash(m.group(1));
            }
        }
        return null;
    }

    private static List<String> keyFacts(Document doc, List<LabeledLine> lines) {
        for (LabeledLine line : lines) {
            Matcher m = KEY_FACTS.matcher(line.text());
            if (!m.matches() || m.group(1).length() > 40) {
                continue;
            }
            Element list = nextList(line.block());
            if (list != null) {
                List<String> facts = new ArrayList<>();
                list.select("> li").forEach(li -> facts.add(Texts.squash(li.text())));
                return Texts.cleanList(facts);
            }
        }
        return List.of();
    }

    /** The list that follows a "Key Facts" label: inside its block, a following sibling, or the parent's. */
    private static Element nextList(Element labelBlock) {
        Element inside = labelBlock.selectFirst("ul, ol");
        if (inside != null) {
            return inside;
        }
        for (Element e = labelBlock; e != null && !e.tagName().equals("body"); e = e.parent()) {
            Element sibling = e.nextElementSibling();
            for (int i = 0; sibling != null && i < 3; i++, sibling = sibling.nextElementSibling()) {
                if (sibling.is("ul, ol")) {
                    return sibling;
                }
                Element nested = sibling.selectFirst("ul, ol");
                if (nested != null) {
                    return nested;
                }
                if (sibling.text().length() > 200) {
                    break;
                }
            }
        }
        return null;
    }

    private static String source(List<LabeledLine> lines) {
        for (LabeledLine line : lines) {
            Matcher m = SOURCE.matcher(line.text());
            if (m.matches()) {
                String value = SCIENCEDAILY_NOTE.matcher(m.group(1)).replaceFirst("").replaceAll("[.\\s]+$", "");
                if (!value.isEmpty() && value.length() < 200) {
                    return value;
                }
            }
        }
        return null;
    }

    private static Citation citation(Document doc, List<LabeledLine> lines) {
        Citation fromMeta = CitationMeta.read(doc);
        for (int i = 0; i < lines.size(); i++) {
            LabeledLine line = lines.get(i);
            Matcher m = CITATION.matcher(line.text());
            if (!m.matches()) {
                continue;
            }
            // The citation may follow on the same line, or on the next line(s) after a short label line.
            Element block = line.fragment();
            String text = m.group(1);
            if (text.length() < 40 || Doi.find(text).isEmpty() && Doi.find(block.html()).isEmpty()) {
                StringBuilder html = new StringBuilder(block.html());
                StringBuilder more = new StringBuilder(text);
                for (int j = i + 1; j < lines.size() && j <= i + 3; j++) {
                    LabeledLine next = lines.get(j);
                    if (isLabel(next.text())) {
                        break;
                    }
                    html.append(' ').append(next.fragment().html());
                    more.append(' ').append(next.text());
                }
                block = Parser.parseBodyFragment(html.toString(), doc.location()).body();
                text = more.toString();
            }
            Citation parsed = CitationParser.parse(block, text);
            if (parsed.doi() != null || parsed.title() != null) {
                return parsed.orElse(fromMeta);
            }
        }
        return fromMeta;
    }

    private static boolean isLabel(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.matches("^(author|source|contact|image|funding|original research|journal reference|"
                + "more information|provided by|citation)\\s*:.*");
    }

    private static ResearchLinks links(Document doc) {
        Set<String> doi = new LinkedHashSet<>();
        Set<String> pubmed = new LinkedHashSet<>();
        Set<String> trials = new LinkedHashSet<>();
        for (Element a : doc.select("a[href]")) {
            String href = a.absUrl("href");
            String lower = href.toLowerCase(Locale.ROOT);
            if (Doi.isDoiLink(href)) {
                Doi.find(href).ifPresent(d -> doi.add(Doi.link(d)));
            } else if (lower.contains("pubmed.ncbi.nlm.nih.gov/") || lower.contains("ncbi.nlm.nih.gov/pubmed/")) {
                pubmed.add(href);
            } else if (lower.contains("clinicaltrials.gov/")) {
                trials.add(href);
            }
        }
        return new ResearchLinks(List.copyOf(doi), List.copyOf(pubmed), List.copyOf(trials));
    }
}
