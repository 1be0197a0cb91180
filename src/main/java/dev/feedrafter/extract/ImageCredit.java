package dev.feedrafter.extract;

import dev.feedrafter.util.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the credit line of the lead image: its figure caption ("Credit: …") or an "Image is credited to …" line. */
final class ImageCredit {
    private static final Pattern CREDIT = Pattern.compile(
            "((?:Image |Photo |Picture )?(?:is )?credit(?:ed)?(?: to)?\\s*[:\\-]?\\s*.+?)(?:\\.\\s*$|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_LINE = Pattern.compile("(?i)^\\s*(image|photo)\\s*:\\s*(.+)$");

    private ImageCredit() {}

    static String find(Document doc, String imageUrl) {
        String fileName = imageUrl.substring(imageUrl.lastIndexOf('/') + 1);
        for (Element fig : doc.select("figure")) {
            Element img = fig.selectFirst("img");
            boolean sameImage = img != null && !fileName.isEmpty() && (img.attr("src").contains(stem(fileName))
                    || img.attr("data-src").contains(stem(fileName)));
            Element caption = fig.selectFirst("figcaption, .wp-caption-text, .caption");
            if (caption != null && (sameImage || fig == doc.selectFirst("figure"))) {
                String credit = creditIn(caption.text());
                if (credit != null) {
                    return credit;
                }
            }
        }
        for (Element e : doc.select(".image-credit, .photo-credit, .credit, [class*=credit]")) {
            String text = Texts.firstNonBlank(e.text());
            if (text != null && text.length() < 200) {
                return text;
            }
        }
        for (Element p : doc.select("p, li, div.caption")) {
            for (String line : p.wholeText().split("\n")) {
                Matcher m = IMAGE_LINE.matcher(line);
                if (m.find() && m.group(2).toLowerCase(java.util.Locale.ROOT).contains("credit")) {
                    return Texts.squash(m.group(2));
                }
            }
        }
        return null;
    }

    private static String creditIn(String caption) {
        Matcher m = CREDIT.matcher(caption);
        return m.find() ? Texts.squash(m.group(1)) : null;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        // WordPress serves sized copies ("brain-1024x683.jpg") of the same upload ("brain.jpg").
        return base.replaceAll("-\\d+x\\d+$", "");
    }
}
