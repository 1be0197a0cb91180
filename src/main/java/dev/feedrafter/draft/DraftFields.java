package dev.feedrafter.draft;

import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.Flag;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Image;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import dev.feedrafter.model.SourceChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a draft in the order and snake_case names of DESIGN.md §5, shared by the YAML front matter,
 * the JSON of the CLI and web API, and the HTML meta block, so the three never disagree.
 */
public final class DraftFields {
    private DraftFields() {}

    /** The front-matter fields (no id, timestamps or body). */
    public static Map<String, Object> frontMatter(Draft d) {
        FrontMatter m = d.meta();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", m.title());
        f.put("status", d.status().label());
        f.put("slug", m.slug());
        f.put("services", m.services());
        f.put("topics", m.topics());
        f.put("relevance", m.relevance());
        f.put("relevance_explained", explained(m.relevanceExplained()));
        f.put("sources", sources(m.sources()));
        f.put("evidence", m.evidence().label());
        f.put("research", research(m.research()));
        f.put("image", image(m.image()));
        f.put("flags", flags(m.review().flags()));
        f.put("quoted_words", m.review().quotedWords());
        f.put("quote_overlap", m.review().quoteOverlap());
        f.put("source_changes", changes(m.sourceChanges()));
        return f;
    }

    /** The JSON object of DESIGN.md §5: front matter plus id, times, version, editor; body when asked. */
    public static Map<String, Object> json(Draft d, boolean withBody) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", d.id());
        f.putAll(frontMatter(d));
        f.put("created_at", d.createdAt().toString());
        f.put("updated_at", d.updatedAt().toString());
        f.put("version", d.version());
        f.put("editor", d.editor());
        f.put("reject_reason", d.rejectReason());
        if (withBody) {
            f.put("body_markdown", d.bodyMarkdown());
        }
        return f;
    }

    static List<Map<String, Object>> explained(List<Relevance.Match> matches) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Relevance.Match m : matches) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("term", m.term());
            e.put("field", m.field());
            e.put("weight", m.weight());
            out.add(e);
        }
        return out;
    }

    private static List<Map<String, Object>> sources(List<Source> sources) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Source s : sources) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", s.name());
            e.put("title", s.title());
            e.put("url", s.url());
            e.put("author", s.author());
            e.put("published", s.published() == null ? null : s.published().toString());
            out.add(e);
        }
        return out;
    }

    private static List<Map<String, Object>> flags(List<Flag> flags) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Flag flag : flags) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("kind", flag.kind().label());
            e.put("match", flag.match());
            e.put("sentence", flag.sentence());
            out.add(e);
        }
        return out;
    }

    private static List<Map<String, Object>> changes(List<SourceChange> changes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SourceChange c : changes) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("at", c.at().toString());
            e.put("change", c.change().label());
            e.put("name", c.source().name());
            e.put("title", c.source().title());
            e.put("url", c.source().url());
            out.add(e);
        }
        return out;
    }

    private static Map<String, Object> research(Citation c) {
        if (c == null || c.isEmpty()) {
            return null;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("authors", c.authors());
        r.put("title", c.title());
        r.put("journal", c.journal());
        r.put("year", c.year());
        r.put("doi", c.doi());
        return r;
    }

    private static Map<String, Object> image(Image i) {
        if (i == null) {
            return null;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("url", i.url());
        r.put("alt", i.alt());
        r.put("credit", i.credit());
        return r;
    }
}
