package dev.feedrafter.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.config.DraftsConfig;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.model.Draft;
import dev.feedrafter.testing.Fixtures;
import dev.feedrafter.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The default Markdown and HTML of the fixture stories, and a custom template, against golden files. */
class GoldenDraftTest {
    private static final FeedrafterConfig CONFIG = StoryFixtures.config();
    private final DraftComposer composer = DraftComposer.of(CONFIG);

    @ParameterizedTest
    @FieldSource("dev.feedrafter.draft.StoryFixtures#STORIES")
    void theDefaultDraftOfEachFixtureStoryMatchesItsGoldenFiles(String story) {
        Draft draft = StoryFixtures.draft(composer.compose(StoryFixtures.story(story, CONFIG).input()));
        Golden.assertMatches("drafts/" + story + "-expected.md", DraftDocument.markdown(draft));
        Golden.assertMatches("drafts/" + story + "-expected.html", DraftDocument.builtIn().html(draft));
    }

    @Test
    void aCustomTemplateSeesEveryFieldItUses() {
        DraftTemplate custom = DraftTemplate.of(DraftTemplate.Kind.BODY, new DraftsConfig.TemplateFile(
                Path.of("agency-brief.md.mustache"), Fixtures.text("templates/agency-brief.md.mustache")));
        ComposedDraft composed = new DraftComposer(custom, DraftReviewer.of(CONFIG))
                .compose(StoryFixtures.story("three-outlets-tms", CONFIG).input());
        Golden.assertMatches("drafts/three-outlets-tms-agency-brief-expected.md", composed.bodyMarkdown());
    }

    @Test
    void aCustomPageTemplateWrapsTheSanitizedBody() {
        DraftTemplate page = DraftTemplate.of(DraftTemplate.Kind.PAGE, new DraftsConfig.TemplateFile(
                Path.of("cms-fragment.html.mustache"), Fixtures.text("templates/cms-fragment.html.mustache")));
        Draft draft = StoryFixtures.draft(composer.compose(StoryFixtures.story("animal-zebrafish-ketamine", CONFIG)
                .input()));
        String html = new DraftDocument(page).html(draft);
        Golden.assertMatches("drafts/animal-zebrafish-ketamine-cms-fragment-expected.html", html);
        assertThat(html).startsWith("<section class=\"clinic-post\" data-evidence=\"animal\"");
    }
}
