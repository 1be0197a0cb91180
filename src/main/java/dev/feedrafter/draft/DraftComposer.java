package dev.feedrafter.draft;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.Texts;

/** Writes a draft for a story: reader-facing headline, slug, front matter and a body from the template. */
public final class DraftComposer {
    private final DraftTemplate template;

    public DraftComposer(DraftTemplate template) {
        this.template = Check.notNull(template, "template");
    }

    public ComposedDraft compose(DraftInput in) {
        Check.notNull(in, "in");
        Article lead = in.lead();
        String sourceTitle = Texts.firstNonBlank(lead.title(), in.leadSource().title(), "New research");
        FrontMatter meta = new FrontMatter(Headline.of(sourceTitle, in.relevance().topics(), in.relevance().services()),
                Slugs.of(sourceTitle), in.relevance().services(), in.relevance().topics(), in.relevance().score(),
                in.relevance().explained(), in.sources(), in.evidence(), in.research().isEmpty() ? null : in.research(),
                lead.image());
        QuoteBudget quote = QuoteBudget.spend(lead.summary(), lead.keyFacts(), in.quoteMaxWords());
        return new ComposedDraft(meta, template.render(DraftContext.of(in, meta, quote)));
    }
}
