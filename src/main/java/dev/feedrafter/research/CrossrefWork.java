package dev.feedrafter.research;

import com.fasterxml.jackson.databind.JsonNode;
import dev.feedrafter.model.Citation;
import dev.feedrafter.util.HtmlSanitizer;
import dev.feedrafter.util.PersonNames;
import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a Crossref work a citation needs, read from the API's {@code message} object: the authors in
 * AMA style ("Álvarez-Núñez J, Okafor N, Lindqvist E, et al." — all of up to six, else the first three and
 * "et al."), the title and journal as plain text (Crossref titles may carry JATS/HTML markup), the year of
 * publication (print, else online, else issued), and the DOI.
 */
public record CrossrefWork(String authors, String title, String journal, Integer year, String doi) {
    static CrossrefWork of(JsonNode message) {
        return new CrossrefWork(authors(message.path("author")), first(message.path("title")),
                first(message.path("container-title")), year(message), text(message.path("DOI").asText(null)));
    }

    public Citation citation() {
        return new Citation(authors, title, journal, year, doi == null ? null : doi.toLowerCase(Locale.ROOT));
    }

    private static String authors(JsonNode list) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : list) {
            String name = ama(a);
            if (name != null) {
                names.add(name);
            }
        }
        return PersonNames.amaList(names);
    }

    /** "Family GI" (initials of the given names, no periods), or an organization's name. */
    private static String ama(JsonNode author) {
        String family = text(author.path("family").asText(null));
        if (family == null) {
            return text(author.path("name").asText(null));
        }
        return PersonNames.ama(family, text(author.path("given").asText(null)),
                text(author.path("suffix").asText(null)));
    }

    private static String first(JsonNode list) {
        for (JsonNode item : list) {
            String t = text(item.asText(null));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static Integer year(JsonNode message) {
        for (String field : List.of("published-print", "published-online", "published", "issued")) {
            JsonNode year = message.path(field).path("date-parts").path(0).path(0);
            if (year.canConvertToInt() && year.asInt() > 0) {
                return year.asInt();
            }
        }
        return null;
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String plain = value.contains("<") || value.contains("&") ? HtmlSanitizer.text(value) : Texts.squash(value);
        return plain.isEmpty() ? null : plain;
    }
}
