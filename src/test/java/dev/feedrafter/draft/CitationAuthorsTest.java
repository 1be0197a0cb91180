package dev.feedrafter.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Research authors as outlets write them (PsyPost, Neuroscience News, ScienceDaily) read back in AMA style. */
class CitationAuthorsTest {
    @Test
    void namesInReadingOrderBecomeFamilyNameAndInitials() {
        assertThat(CitationAuthors.ama("Felix Brandauer, Ingrid Solheim, Kwame Mensah, and Laura Petrakis"))
                .isEqualTo("Brandauer F, Solheim I, Mensah K, Petrakis L");
        assertThat(CitationAuthors.ama("Ruth K. Adebayo, Tomasz Wiśniewski, Elena Marchetti, Samuel Ortiz"))
                .isEqualTo("Adebayo RK, Wiśniewski T, Marchetti E, Ortiz S");
        assertThat(CitationAuthors.ama("Jane Doe and John Roe")).isEqualTo("Doe J, Roe J");
    }

    @Test
    void etAlIsKept() {
        assertThat(CitationAuthors.ama("Lena Ortiz et al.")).isEqualTo("Ortiz L, et al.");
        assertThat(CitationAuthors.ama("Åsa Lindgren et al")).isEqualTo("Lindgren Å, et al.");
        assertThat(CitationAuthors.ama("A Smith, B Jones, C Brown, D White, E Green, F Black, G Gray"))
                .isEqualTo("Smith A, Jones B, Brown C, et al.");
    }

    @Test
    void anAmaListOrSomethingElseStaysAsItIs() {
        assertThat(CitationAuthors.ama("Álvarez-Núñez J, Okafor N, Lindqvist E, et al."))
                .isEqualTo("Álvarez-Núñez J, Okafor N, Lindqvist E, et al.");
        assertThat(CitationAuthors.ama("Whitcombe H, Osei K, Brandt ML")).isEqualTo("Whitcombe H, Osei K, Brandt ML");
        assertThat(CitationAuthors.ama("Ishikawa, Kaya; Lund, Sören")).isEqualTo("Ishikawa K, Lund S");
        assertThat(CitationAuthors.ama("The ENIGMA Consortium")).isEqualTo("The ENIGMA Consortium");
        assertThat(CitationAuthors.ama(null)).isNull();
    }
}
