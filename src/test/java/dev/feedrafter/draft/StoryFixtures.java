package dev.feedrafter.draft;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Citation;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.Evidence;
import dev.feedrafter.model.Relevance;
import dev.feedrafter.model.Source;
import dev.feedrafter.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixture stories of {@code fixtures/stories/*.json}: articles as Feedrafter extracts them, the outlets'
 * credits, relevance and evidence type, drafted for the clinic of {@code fixtures/config/clinic.yml}.
 */
final class StoryFixtures {
    static final List<String> STORIES = List.of("animal-zebrafish-ketamine", "human-trial-ptsd-nightmares",
            "three-outlets-tms");
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Instant CREATED = Instant.parse("2026-11-22T08:00:00Z");

    private StoryFixtures() {}

    static FeedrafterConfig config() {
        return new ConfigLoader().parse("clinic.yml", Fixtures.text("config/clinic.yml")
                .replace("{{BASE}}", "http://localhost:1").replace("{{DIR}}", "/tmp/feedrafter-fixtures"), Path.of("."));
    }

    record Story(DraftInput input, List<Article> articles) {}

    static Story story(String name, FeedrafterConfig config) {
        try {
            JsonNode root = JSON.readTree(Fixtures.text("stories/" + name + ".json"));
            List<Article> articles = new ArrayList<>();
            for (JsonNode a : root.path("articles")) {
                articles.add(JSON.treeToValue(a, Article.class));
            }
            List<Source> sources = new ArrayList<>();
            for (JsonNode s : root.path("sources")) {
                sources.add(JSON.treeToValue(s, Source.class));
            }
            Relevance relevance = JSON.treeToValue(root.path("relevance"), Relevance.class);
            Article lead = articles.get(0);
            Source leadSource = sources.stream().filter(s -> s.url().equals(lead.url())).findFirst().orElseThrow();
            Citation research = lead.citation();
            return new Story(new DraftInput(config.clinic(), lead, leadSource, sources, relevance,
                    Evidence.fromLabel(root.path("evidence").asText()), research, config.drafts().quoteMaxWords()),
                    articles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored draft as the pipeline would create it (id 1, version 1, new). */
    static Draft draft(ComposedDraft composed) {
        return new Draft(1, 1, DraftStatus.NEW, composed.meta(), composed.bodyMarkdown(), 1, false, null, null,
                CREATED, CREATED);
    }
}
