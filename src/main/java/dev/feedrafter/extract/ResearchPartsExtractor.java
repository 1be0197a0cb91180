package dev.feedrafter.extract;

import dev.feedrafter.config.SiteRule;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.ResearchLinks;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the parts research-news sites print around an article: first where the site rule says, then by their
 * labels ({@link Labels}) and structure — the "About this research" block, the summary or standfirst, the key
 * facts list, the source institution, contact and funding lines, and the original-research citation (labelled,
 * as a "The study, “…,” was authored by …" sentence, or in {@code citation_*} meta) — plus every doi.org,
 * PubMed and ClinicalTrials.gov link.
 */
final class ResearchPartsExtractor {
    /** Class names of a standfirst (dek): the site's one-sentence summary under the headline. */
    private static final Set<String> DEK = Set.of("standfirst", "article-standfirst", "article__standfirst", "dek",
            "article-dek", "article__dek", "subheadline", "sub-headline", "entry-subtitle", "post-subtitle",
            "article-subtitle", "jeg_post_subtitle");
    private static final int MAX_CITATION_LINES = 3;

    private static final List<String> TRIAL_REGISTRIES = List.of("clinicaltrials.gov/", "isrctn.com/",
            "clinicaltrialsregister.eu/", "euclinicaltrials.eu/", "anzctr.org.au/", "trialsearch.who.int/",
            "drks.de/", "chictr.org.cn/", "ctri.nic.in/", "umin.ac.jp/ctr");

    private ResearchPartsExtractor() {}

    static ResearchParts read(PageElements page, MetaTags meta, SiteRule rule, Origins origins) {
        Document doc = page.doc();
        PartsBuilder parts = new PartsBuilder(origins);
        if (rule != null) {
            SiteRuleParts.read(doc, rule, parts);
        }
        aboutSection(page, parts);
        List<LabeledLine> lines = LabeledLine.of(page);
        for (int i = 0; i < lines.size(); i++) {
            i = readLine(lines, i, parts);
        }
        if (parts.summary == null) {
            Element dek = page.firstWithClass(DEK);
            if (dek != null && dek.hasText()) {
                parts.summary(dek.text(), "standfirst ." + String.join(".", dek.classNames()));
                parts.consume(dek);
            }
        }
        if (!parts.citation.isEmpty() && parts.citation.journal() == null) {
            parts.citation(new Citation(null, null, journalMention(lines), null, null), "text published in");
        }
        Citation fromMeta = CitationMeta.read(meta);
        if (parts.citation.isEmpty() || fromMeta.doi() != null && fromMeta.doi().equalsIgnoreCase(
                Texts.orEmpty(parts.citation.doi()))) {
            // The page's citation_* meta fills gaps only when it describes the same paper.
            parts.citation(fromMeta, "meta citation_*");
        }
        return parts.build(links(page));
    }

    /** "About this … research news": the heading and everything after it in its container. */
    private static void aboutSection(PageElements page, PartsBuilder parts) {
        for (Element heading : page.all()) {
            Element block = aboutHeading(heading);
            if (block == null) {
                continue;
            }
            StringBuilder about = new StringBuilder(block.text());
            parts.consume(block);
            for (Element next = block.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                parts.consume(next);
                if (!ClassWeight.unlikely(next)) {  // a share bar or related posts after the notes are not notes
                    about.append('\n').append(next.text());
                }
            }
            parts.about = about.toString().strip();
            return;
        }
    }

    /** The block an "About this … research" heading stands for: an h2–h4, or a paragraph that is all bold. */
    private static Element aboutHeading(Element e) {
        boolean heading = e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4");
        boolean boldParagraph = (e.nameIs("strong") || e.nameIs("b")) && e.parent() != null && e.parent().nameIs("p")
                && e.parent().childrenSize() == 1;
        if (!(heading || boldParagraph) || !Labels.ABOUT.matcher(e.text()).matches()) {
            return null;
        }
        return heading ? e : e.parent();
    }

    /** Reads one labelled line (and the lines it takes with it); returns the index of the last line used. */
    private static int readLine(List<LabeledLine> lines, int i, PartsBuilder parts) {
        LabeledLine line = lines.get(i);
        String text = line.text();
        if (!Labels.mayStartWithLabel(text)) {
            studySentence(line, parts);
            return i;
        }
        String value;
        if ((value = Labels.after(Labels.SUMMARY, text)) != null && value.length() > 20) {
            parts.summary(value, "label " + labelOf(text));
            consume(line, parts);
        } else if ((value = Labels.after(Labels.KEY_FACTS, text)) != null && value.length() < 40) {
            keyFacts(line, parts);
        } else if (Labels.SELF_CITATION.matcher(text).matches()) {
            consume(line, parts);
        } else if ((value = Labels.after(Labels.CITATION, text)) != null) {
            return citation(lines, i, value, parts);
        } else if ((value = Labels.after(Labels.CONTACT, text)) != null && !value.isEmpty()) {
            parts.contact = parts.contact == null ? value : parts.contact;
            consume(line, parts);
        } else if ((value = Labels.after(Labels.FUNDING, text)) != null && !value.isEmpty()) {
            parts.funding = parts.funding == null ? value : parts.funding;
            consume(line, parts);
        } else if ((value = Labels.after(Labels.IMAGE, text)) != null && Labels.IMAGE_CREDIT.matcher(value).find()) {
            parts.imageCredit = parts.imageCredit == null ? value : parts.imageCredit;
        } else if ((value = Labels.after(Labels.JOURNAL_INFO, text)) != null && !value.isEmpty()
                && value.length() < 150) {
            parts.citation(new Citation(null, null, value.replaceAll("[.\\s]+$", ""), null, null),
                    "label " + labelOf(text));
            consume(line, parts);
        } else if ((value = Labels.after(Labels.SOURCE, text)) != null) {
            String name = Labels.sourceName(value);
            if (!name.isEmpty() && name.length() < 200) {
                parts.source(name, "label " + labelOf(text));
                consume(line, parts);
            }
        }
        return i;
    }

    private static void studySentence(LabeledLine line, PartsBuilder parts) {
        Matcher study = mentionsAuthors(line.text()) ? Labels.STUDY_SENTENCE.matcher(line.text()) : null;
        if (study != null && study.find()) {
            parts.citation(CitationParser.fromStudySentence(line.fragment(), study), "sentence \"The study, …\"");
        }
    }

    private static void keyFacts(LabeledLine label, PartsBuilder parts) {
        Element list = nextList(label.block());
        if (list != null) {
            List<String> facts = new ArrayList<>();
            list.select("> li").forEach(li -> facts.add(li.text()));
            parts.keyFacts(Texts.cleanList(facts), "label " + labelOf(label.text()));
            consume(label, parts);
            parts.consume(list);
        }
    }

    /** The citation after its label: on the same line, or on the next lines after a short label line. */
    private static int citation(List<LabeledLine> lines, int i, String value, PartsBuilder parts) {
        LabeledLine line = lines.get(i);
        Element block = line.fragment();
        String text = value;
        int last = i;
        if (text.length() < 40 || Doi.find(text).isEmpty() && !hasDoiLink(block)) {
            Element joined = new Element("div");
            joined.appendChild(block.clone());
            StringBuilder more = new StringBuilder(text);
            for (int j = i + 1; j < lines.size() && j <= i + MAX_CITATION_LINES; j++) {
                LabeledLine next = lines.get(j);
                if (isLabel(next.text()) || next.block() == line.block() && next.fragment() == next.block()) {
                    break;
                }
                joined.appendChild(next.fragment().clone());
                more.append(' ').append(next.text());
                last = j;
                if (Doi.find(next.text()).isPresent() || hasDoiLink(next.fragment())) {
                    break;
                }
            }
            block = joined;
            text = more.toString();
        }
        Citation parsed = CitationParser.parse(block, text);
        if (parsed.doi() == null && parsed.title() == null) {
            return i;
        }
        parts.citation(parsed, "label " + labelOf(line.text()));
        for (int j = i; j <= last; j++) {
            consume(lines.get(j), parts);
        }
        return last;
    }

    private static boolean mentionsAuthors(String text) {
        for (String verb : Labels.STUDY_VERBS) {
            if (text.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    private static void consume(LabeledLine line, PartsBuilder parts) {
        parts.consume(line.block());
    }

    private static boolean hasDoiLink(Element block) {
        for (Element a : block.getElementsByTag("a")) {
            if (Doi.isDoiLink(a.attr("href"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabel(String text) {
        return text.length() < 400 && text.matches("(?is)^(author|source|contact|image|funding|original research|"
                + "journal reference|more information|provided by|materials provided by|citation|journal "
                + "information|abstract)\\s*:?.*");
    }

    private static String labelOf(String line) {
        int colon = line.indexOf(':');
        return (colon > 0 && colon < 40 ? line.substring(0, colon + 1) : Texts.truncate(line, 30)).strip();
    }

    /** The list that follows a "Key Facts" label: inside its block, a following sibling, or the parent's. */
    private static Element nextList(Element labelBlock) {
        Element inside = labelBlock.selectFirst("ul, ol");
        if (inside != null) {
            return inside;
        }
        for (Element e = labelBlock; e != null && !e.nameIs("body"); e = e.parent()) {
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

    /** The journal named in running text: "published in the journal <em>Cell Reports</em>". */
    private static String journalMention(List<LabeledLine> lines) {
        for (LabeledLine line : lines) {
            if (!line.text().contains("in ")) {
                continue;
            }
            for (Element em : line.fragment().select("em, i")) {
                String before = textBefore(line.fragment(), em);
                if (Labels.PUBLISHED_IN.matcher(before).find()) {
                    return Texts.firstNonBlank(em.text().replaceAll("[.,;:]+$", ""));
                }
            }
        }
        return null;
    }

    /** Up to 80 characters of text just before {@code target}, looking outward until some is found. */
    private static String textBefore(Element root, Element target) {
        for (Element e = target; e != null && e != root; e = e.parent()) {
            StringBuilder before = new StringBuilder();
            for (Node n = e.previousSibling(); n != null && before.length() < 80; n = n.previousSibling()) {
                before.insert(0, n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "");
            }
            if (before.length() > 0) {
                return before.toString();
            }
        }
        return "";
    }

    /** ClinicalTrials.gov and the other registries trials are filed in (ISRCTN, EU, Australia-NZ, WHO, Germany…). */
    private static boolean isTrialRegistry(String lowerHref) {
        for (String host : TRIAL_REGISTRIES) {
            if (lowerHref.contains(host)) {
                return true;
            }
        }
        return false;
    }

    private static ResearchLinks links(PageElements page) {
        Set<String> doi = new LinkedHashSet<>();
        Set<String> pubmed = new LinkedHashSet<>();
        Set<String> trials = new LinkedHashSet<>();
        for (Element a : page.tagged("a")) {
            String raw = a.attr("href").toLowerCase(Locale.ROOT);
            if (!(raw.contains("doi.org") || raw.contains("pubmed") || isTrialRegistry(raw))) {
                continue;
            }
            String href = a.absUrl("href");
            String lower = href.toLowerCase(Locale.ROOT);
            if (Doi.isDoiLink(href)) {
                // DOIs are case-insensitive: one paper linked as "10.1016/J.CELREP…" and "…/j.celrep…" is listed once
                Doi.find(href).filter(d -> doi.stream().noneMatch(Doi.link(d)::equalsIgnoreCase))
                        .ifPresent(d -> doi.add(Doi.link(d)));
            } else if (lower.contains("pubmed.ncbi.nlm.nih.gov/") || lower.contains("ncbi.nlm.nih.gov/pubmed/")) {
                pubmed.add(href);
            } else if (isTrialRegistry(lower)) {
                trials.add(href);
            }
        }
        return new ResearchLinks(List.copyOf(doi), List.copyOf(pubmed), List.copyOf(trials));
    }
}
