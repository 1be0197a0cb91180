package dev.feedrafter.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstitutionNameTest {
    @Test
    void namesOfTheFormXInstituteOfYTakeTheArticle() {
        // as Neuroscience News' "Source:" line gives it
        assertThat(InstitutionName.inSentence("Harbor Institute of Neuroscience"))
                .isEqualTo("the Harbor Institute of Neuroscience");
        assertThat(InstitutionName.inSentence("Massachusetts Institute of Technology"))
                .isEqualTo("the Massachusetts Institute of Technology");
        assertThat(InstitutionName.inSentence("Stanford Center for Sleep Sciences"))
                .isEqualTo("the Stanford Center for Sleep Sciences");
    }

    @Test
    void otherNamesKeepTheirForm() {
        assertThat(InstitutionName.inSentence("University of Colorado")).isEqualTo("the University of Colorado");
        assertThat(InstitutionName.inSentence("Stanford University")).isEqualTo("Stanford University");
        assertThat(InstitutionName.inSentence("Northfield University School of Medicine"))
                .isEqualTo("Northfield University School of Medicine");
        assertThat(InstitutionName.inSentence("The Salk Institute")).isEqualTo("The Salk Institute");
    }
}
