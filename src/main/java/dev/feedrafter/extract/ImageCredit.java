package dev.feedrafter.extract;

import dev.feedrafter.util.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Finds the alt text and the credit line of the lead image: its caption ("Credit: …") or a credit element. */
final class ImageCredit {
    private static final Pattern CREDIT = Pattern.compile(
            "((?:The )?(?:Image |Photo |Picture )?(?:is )?credit(?:ed)?(?: to)?\\s*[:\\-]?\\s*.+?)(?:\\.\\s*$|$)",
            Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<String> CAPTION = java.util.Set.of("wp-caption-text", "caption");

    private ImageCredit() {}

    /** The credit of the image at {@code imageUrl}, or of the page's first figure; null when none is given. */
    static String find(PageElements page, String imageUrl) {
        String stem = stem(imageUrl);
        Element first = null;
        for (Element fig : page.tagged("figure")) {
            first = first == null ? fig : first;
            Element caption = fig.getElementsByTag("figcaption").first();
            caption = caption != null ? caption : ClassNames.first(fig, CAPTION);
            if (caption != null && (showsImage(fig, stem) || fig == first)) {
                String credit = creditIn(caption.text());
                if (credit != null) {
                    return credit;
                }
            }
        }
        for (Element e : page.all()) {
            if (!isCreditElement(e)) {
                continue;
            }
            String text = Texts.firstNonBlank(e.text());
            if (text != null && text.length() < 200) {
                String credit = creditIn(text);
                return credit != null ? credit : text;
            }
        }
        return null;
    }

    private static boolean isCreditElement(Element e) {
        String cls = e.attr("class");
        return !cls.isEmpty() && (cls.contains("credit") || cls.contains("wp-caption-text"));
    }

    /** The alt text of the page's {@code <img>} that shows the image at {@code imageUrl}. */
    static String altOf(PageElements page, String imageUrl) {
        String stem = stem(imageUrl);
        for (Element img : page.tagged("img")) {
            if (!stem.isEmpty() && sameImage(img, stem)) {
                return Texts.firstNonBlank(img.attr("alt"));
            }
        }
        return null;
    }

    private static boolean showsImage(Element figure, String stem) {
        Element img = figure.selectFirst("img");
        return img != null && !stem.isEmpty() && sameImage(img, stem);
    }

    private static boolean sameImage(Element img, String stem) {
        return img.attr("src").contains(stem) || img.attr("data-src").contains(stem);
    }

    private static String creditIn(String caption) {
        Matcher m = CREDIT.matcher(caption);
        if (!m.find()) {
            return null;
        }
        String credit = Texts.squash(m.group(1));
        if (credit.endsWith(")") && credit.indexOf('(') < 0) {
            credit = credit.substring(0, credit.length() - 1).strip();
        }
        return credit;
    }

    private static String stem(String imageUrl) {
        String fileName = imageUrl.substring(imageUrl.lastIndexOf('/') + 1);
        int query = fileName.indexOf('?');
        fileName = query >= 0 ? fileName.substring(0, query) : fileName;
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        // WordPress serves sized copies ("brain-1024x683.jpg") of the same upload ("brain.jpg").
        return base.replaceAll("-\\d+x\\d+$", "");
    }
}
