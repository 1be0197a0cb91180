package dev.feedrafter.feed;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DOI and PubMed id of an item, from the values that may carry them, best first: {@code prism:doi},
 * {@code dc:identifier} ("doi:10.…", "pmid:123", "info:doi/…"), doi.org and PubMed links, Atom ids and
 * GUIDs such as "doi:10.…" or "pubmed:123".
 */
final class Identifiers {
    private static final Pattern DOI = Pattern.compile("(?i)(?:^|doi[:/]\\s*|doi\\.org/|^info:doi/)(10\\.\\d{4,9}/[^\\s\"<>]+)");
    private static final Pattern PMID = Pattern.compile(
            "(?i)^(?:pmid|pubmed|info:pmid/)[:/ ]*(\\d{1,9})$|(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov/|ncbi\\.nlm\\.nih\\.gov/pubmed/)(\\d{1,9})\\b");

    /** "PMID: 39912345" written in an item's text. */
    private static final Pattern PMID_IN_TEXT = Pattern.compile("(?i)\\bPMID:?\\s*(\\d{1,9})\\b");

    record Found(String doi, String pmid) {}

    private static final Pattern DOI_IN_PATH = Pattern.compile("(?i)^https?://[^/?#\\s]+/(?:[^?#\\s]*?/)?"
            + "(10\\.\\d{4,9}/[^?#\\s\"<>]+)");
    private static final Pattern PREPRINT_SUFFIX = Pattern.compile("(?:v\\d+)?(?:\\.full(?:\\.pdf|-text)?|\\.abstract"
            + "|\\.pdf)?$");

    private Identifiers() {}

    /** The PubMed id of a PubMed link or of a "PMID: …" in free text. */
    static String pmidInText(List<String> texts) {
        String linked = pmid(texts);
        if (linked != null) {
            return linked;
        }
        for (String t : texts) {
            Matcher m = t == null ? null : PMID_IN_TEXT.matcher(t);
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    static String doi(List<String> candidates) {
        for (String c : candidates) {
            if (c == null) {
                continue;
            }
            Matcher m = DOI.matcher(c.strip());
            if (m.find()) {
                return trimPunctuation(m.group(1));
            }
            String inLink = inLinkPath(c.strip());
            if (inLink != null) {
                return inLink;
            }
        }
        return null;
    }

    static String pmid(List<String> candidates) {
        for (String c : candidates) {
            if (c == null) {
                continue;
            }
            Matcher m = PMID.matcher(c.strip());
            if (m.find()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return null;
    }

    /**
     * A DOI standing as a path segment of a publisher's link: "/doi/abs/10.1177/…?af=R" (SAGE),
     * "/doi/full/10.1080/…" (Taylor and Francis), "/articles/10.3389/…" (Frontiers), "/content/10.1101/…v2"
     * (bioRxiv and medRxiv, whose version suffix is not part of the DOI).
     */
    private static String inLinkPath(String url) {
        Matcher m = DOI_IN_PATH.matcher(url);
        if (!m.find()) {
            return null;
        }
        String doi = trimPunctuation(m.group(1));
        return doi != null && doi.startsWith("10.1101/") ? PREPRINT_SUFFIX.matcher(doi).replaceFirst("") : doi;
    }

    private static String trimPunctuation(String doi) {
        String d = doi;
        while (!d.isEmpty() && ".,;)]".indexOf(d.charAt(d.length() - 1)) >= 0) {
            d = d.substring(0, d.length() - 1);
        }
        return d.toLowerCase(Locale.ROOT).startsWith("10.") ? d : null;
    }
}
