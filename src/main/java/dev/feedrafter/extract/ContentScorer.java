package dev.feedrafter.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The readability-family core: every paragraph-like block gives its ancestors a score for its length and
 * commas; each candidate's score, weighted by its class/id and discounted by its link density, picks the
 * article's container; siblings that look like more of the same article are merged in.
 */
final class ContentScorer {
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The elements that make up the article, in document order; empty when the page has no text block. */
    static List<Element> select(Element body, TextStats stats) {
        ContentScorer scorer = new ContentScorer(stats);
        scorer.scoreParagraphs(body);
        Element top = scorer.topCandidate(body);
        return top == null ? List.of() : scorer.withSiblings(top);
    }

    private void scoreParagraphs(Element body) {
        for (Element e : body.getAllElements()) {
            TextStats.Stat s = stats.of(e);
            if (s.inlineChars < MIN_PARAGRAPH_CHARS || !scoresAsParagraph(e)) {
                continue;
            }
            double score = 1 + s.inlineCommas + Math.min(3, s.inlineChars / 100.0);
            // Running text directly in a div-like container is a paragraph of that container.
            Element target = isParagraphTag(e) ? e.parent() : e;
            for (int level = 0; target != null && level < ANCESTOR_LEVELS; level++, target = target.parent()) {
                if (target.nameIs("html")) {
                    break;
                }
                double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                Double old = scores.get(target);
                scores.put(target, (old == null ? initial(target) : old) + share);
            }
        }
    }

    private static boolean isParagraphTag(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "td", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    private static boolean scoresAsParagraph(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "main", "blockquote",
                 "center", "font", "span", "dd" -> true;
            default -> false;
        };
    }

    private static double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + ClassWeight.of(e);
    }

    private double finalScore(Element e) {
        Double raw = scores.get(e);
        return raw == null ? 0 : raw * (1 - stats.of(e).linkDensity());
    }

    private Element topCandidate(Element body) {
        List<Element> ranked = new ArrayList<>(scores.keySet());
        if (ranked.isEmpty()) {
            return null;
        }
        ranked.sort(Comparator.comparingDouble(this::finalScore).reversed());
        Element top = ranked.get(0);
        if (top == body) {
            return body;
        }
        top = commonAncestorOfAlternatives(top, ranked, body);
        top = climbWhileParentScoresHigher(top, body);
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** When several strong candidates share an ancestor, the article is that ancestor (split article bodies). */
    private Element commonAncestorOfAlternatives(Element top, List<Element> ranked, Element body) {
        double topScore = finalScore(top);
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), TOP_CANDIDATES); i++) {
            Element alt = ranked.get(i);
            // Only separate candidates count: an ancestor or descendant of the top one is the same text.
            if (finalScore(alt) >= topScore * 0.75 && !isAncestor(alt, top) && !isAncestor(top, alt)) {
                alternatives.add(alt);
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            int containing = 0;
            for (Element alt : alternatives) {
                if (parent != alt && isAncestor(parent, alt)) {
                    containing++;
                }
            }
            if (containing >= 3) {
                return parent;
            }
        }
        return top;
    }

    private Element climbWhileParentScoresHigher(Element top, Element body) {
        double lastScore = finalScore(top);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!scores.containsKey(parent)) {
                continue;
            }
            double parentScore = finalScore(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                return parent;
            }
            lastScore = parentScore;
        }
        return top;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.attr("class");
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.attr("class")) ? topScore * 0.2 : 0;
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold || looksLikeParagraph(sibling)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private boolean looksLikeParagraph(Element e) {
        if (!e.nameIs("p")) {
            return false;
        }
        TextStats.Stat s = stats.of(e);
        double links = s.linkDensity();
        if (s.chars > 80) {
            return links < 0.25;
        }
        String text = e.text();
        return s.chars > 0 && links == 0 && (text.endsWith(".") || text.contains(". "));
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
