package dev.feedrafter.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPollResultTest {
    private static EntryResult failed() {
        return new EntryResult(EntryResult.Outcome.FAILED, "https://news.test/a", "A", null, "HTTP 500");
    }

    @Test
    void theOutcomeCountsFailedEntriesInGoodEnglish() {
        assertThat(new FeedPollResult("PsyPost", FeedPollResult.Status.OK, 2, 0, List.of(failed()), null)
                .outcomeText()).isEqualTo("ok, 1 entry failed");
        assertThat(new FeedPollResult("PsyPost", FeedPollResult.Status.OK, 2, 0, List.of(failed(), failed()), null)
                .outcomeText()).isEqualTo("ok, 2 entries failed");
    }
}
