package dev.feedrafter.draft;

import dev.feedrafter.config.ClinicConfig;
import dev.feedrafter.config.ServiceConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Flag;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Image;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Review;
import dev.feedrafter.model.Source;
import dev.feedrafter.model.SourceChange;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A story with every value present, from which the fields available to templates are read. */
final class SampleStory {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Source SOURCE = new Source("Outlet", "Title", "https://news.example/a", "Author",
            LocalDate.of(2026, 1, 1));

    private SampleStory() {}

    static Article article() {
        return new Article(SOURCE.url(), SOURCE.url(), "Title", List.of("Author"), AT, AT, "Outlet", "en",
                "Description.", "Summary.", List.of("Fact."), "Body in 20 people.", "<p>Body.</p>",
                new Image("https://news.example/i.jpg", "Alt", "Credit: Lab"), "Institute",
                new Citation("Doe J", "Paper", "Journal", 2026, "10.1000/x"), null, List.of());
    }

    static DraftInput input() {
        ClinicConfig clinic = new ClinicConfig("Clinic", "City", URI.create("https://clinic.example"),
                URI.create("https://clinic.example/contact"), "Disclaimer.",
                List.of(new ServiceConfig("Service", List.of("term"), "Pitch.")));
        Relevance relevance = new Relevance(1, List.of("Service"), List.of("topic"),
                List.of(new Relevance.Match("term", "title", 1)), null);
        return new DraftInput(clinic, article(), SOURCE, List.of(SOURCE), relevance, Evidence.HUMAN_TRIAL,
                article().citation(), 60);
    }

    static FrontMatter meta() {
        DraftInput in = input();
        Review review = new Review(List.of(new Flag(Flag.Kind.DOSING, "5 mg", "Take 5 mg.")), 1, 0.5);
        return new FrontMatter("Headline", "slug", in.relevance().services(), in.relevance().topics(), 1,
                in.relevance().explained(), in.sources(), in.evidence(), in.research(), in.lead().image(), review,
                List.of(new SourceChange(AT, SourceChange.Change.ADDED, SOURCE)));
    }

    static Draft draft() {
        return new Draft(1, 1, DraftStatus.NEW, meta(), "Body.", 1, false, "Editor", "Reason", AT, AT);
    }
}
