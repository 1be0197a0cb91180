package dev.feedrafter.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is left of the page's chrome inside the chosen article container, readability's "conditional
 * cleaning": blocks that are mostly links, forms, image galleries without text, lists longer than the text
 * around them, embeds, and short bylines, share bars and tag lists.
 */
final class ContentCleaner {
    private static final String CLEANED = "div, section, aside, ul, ol, dl, table, form, fieldset, header, footer, "
            + "nav, figure, span, p, h1, h2, h3, h4, h5, h6, center";

    private static final Pattern POINTER = Pattern.compile("(?i)^\\s*(?:read more|read also|also read|related|"
            + "see also|more on this|recommended)\\s*[:|»>–—-]");
    private static final Pattern SIGN_UP = Pattern.compile("(?i)\\bnewsletter\\b|\\b(?:sign up|subscribe)\\b.{0,80}"
            + "\\b(?:inbox|email|e-mail)\\b");
    private static final int SIGN_UP_CHARS = 300;

    private ContentCleaner() {}

    static void clean(Element content, TextStats stats) {
        List<Element> blocks = content.select(CLEANED);
        // Innermost first, so that a parent is judged on what remains of it.
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element e = blocks.get(i);
            if (e != content && e.parent() != null && shouldRemove(e, stats.of(e))) {
                stats.detach(e);
                e.remove();
            }
        }
    }

    private static boolean shouldRemove(Element e, TextStats.Stat s) {
        String tag = e.normalName();
        if (s.chars == 0) {
            return s.images == 0 && s.embeds == 0 && !tag.equals("figure");
        }
        if (tag.equals("figure")) {
            return s.images == 0 && s.embeds == 0 && s.chars < 25;
        }
        if (insideFigure(e)) {
            return false;  // a figure's caption and credit stay with it
        }
        if (ClassWeight.byline(e) && s.chars < 200) {
            return true;
        }
        if (tag.equals("h1")) {
            return true;  // the headline; the article text is what follows it
        }
        if (tag.equals("p") || tag.equals("span") || isHeading(tag)) {
            return isLinkLine(e, s);
        }
        return conditionally(e, s, tag);
    }

    /** A short paragraph that is nothing but a link, or a link after "Read more:", "Related:", "See also:". */
    private static boolean isLinkLine(Element e, TextStats.Stat s) {
        boolean pointer = s.linkDensity() > 0.8 || s.linkDensity() > 0.3 && POINTER.matcher(e.text()).find();
        return s.chars < 200 && pointer && e.parent() != null && !e.parent().nameIs("li");
    }

    /** A short box that asks for the reader's email address: a newsletter sign-up left in the text. */
    private static boolean isSignUp(Element e, TextStats.Stat s) {
        return s.chars < SIGN_UP_CHARS && SIGN_UP.matcher(e.text()).find();
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean insideFigure(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.nameIs("figure")) {
                return true;
            }
        }
        return false;
    }

    private static boolean conditionally(Element e, TextStats.Stat s, String tag) {
        if (isSignUp(e, s)) {
            return true;
        }
        int weight = ClassWeight.of(e);
        if (weight < 0 && s.chars < 1000) {
            return true;
        }
        if (s.commas >= 10) {
            return false;
        }
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        boolean inFigure = insideFigure(e);
        int listItems = s.listItems - 100;
        double headingDensity = s.chars == 0 ? 0 : (double) s.headingChars / s.chars;
        double links = s.linkDensity();
        return s.images > 1 && (double) s.paragraphs / s.images < 0.5 && !inFigure && s.chars < 200
                || !list && listItems > s.paragraphs
                || s.inputs > s.paragraphs / 3
                || !list && headingDensity < 0.9 && s.chars < 25 && (s.images == 0 || s.images > 2) && !inFigure
                || !list && weight < 25 && links > 0.2 && !(links < 0.5 && s.chars > 500)
                || weight >= 25 && links > 0.5
                || s.embeds == 1 && s.chars < 75 || s.embeds > 1 && s.chars < 200
                || list && links > 0.5 && s.chars < 1000;
    }
}
