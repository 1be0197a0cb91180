package dev.feedrafter.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorsTest {
    @Test
    void splitsOneStringHoldingSeveralAuthors() {
        assertThat(Authors.split(List.of("Okonkwo, C. A., Lindqvist, E., Rossi, G.")))
                .containsExactly("Okonkwo, C. A.", "Lindqvist, E.", "Rossi, G.");
        assertThat(Authors.split(List.of("A. Smith, B. Jones and C. Lee"))).containsExactly("A. Smith", "B. Jones", "C. Lee");
        assertThat(Authors.split(List.of("Jane Doe; John Roe"))).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void keepsOneValuePerElementAndDropsEmails() {
        assertThat(Authors.split(List.of("Maribel Quintero-Salas", "Tobias Engström")))
                .containsExactly("Maribel Quintero-Salas", "Tobias Engström");
        assertThat(Authors.split(List.of("editor@news.test (Ada Byron)"))).containsExactly("Ada Byron");
        assertThat(Authors.split(List.of("Ada Byron <editor@news.test>"))).containsExactly("Ada Byron");
        assertThat(Authors.split(List.of("  Neuroscience News  "))).containsExactly("Neuroscience News");
    }
}
