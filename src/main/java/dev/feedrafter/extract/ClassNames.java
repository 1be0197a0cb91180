package dev.feedrafter.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds elements by class name without jsoup's selector engine, which evaluates a long selector list on every
 * element of the page and costs more than the page's parsing when used for a dozen names.
 */
final class ClassNames {
    private ClassNames() {}

    /** The first element under {@code root}, in document order, that has one of {@code names} as a class. */
    static Element first(Element root, Set<String> names) {
        for (Element e : root.getAllElements()) {
            if (hasAny(e, names)) {
                return e;
            }
        }
        return null;
    }

    /** True when one of the element's space-separated class names is in {@code names}. */
    static boolean hasAny(Element e, Set<String> names) {
        String cls = e.attr("class");
        int start = 0;
        int n = cls.length();
        while (start < n) {
            while (start < n && Character.isWhitespace(cls.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(cls.charAt(end))) {
                end++;
            }
            if (end > start && names.contains(cls.substring(start, end))) {
                return true;
            }
            start = end;
        }
        return false;
    }
}
