package dev.feedrafter.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletNameTest {
    @Test
    void aTaglineIsDroppedKeepingThePartTheHostSpells() {
        assertThat(OutletName.of("PsyPost - Psychology News", "psypost.org")).isEqualTo("PsyPost");
        assertThat(OutletName.of("Health News | Medical Xpress", "medicalxpress.com")).isEqualTo("Medical Xpress");
        assertThat(OutletName.of("PsyPost – Psychology News", "127.0.0.1")).isEqualTo("PsyPost");
    }

    @Test
    void aPlainNameStaysAsItIs() {
        assertThat(OutletName.of("EurekAlert!", "eurekalert.org")).isEqualTo("EurekAlert!");
        assertThat(OutletName.of("Neuroscience News", null)).isEqualTo("Neuroscience News");
        assertThat(OutletName.of("Anti-Aging News", "example.org")).isEqualTo("Anti-Aging News");
        assertThat(OutletName.of(null, "example.org")).isNull();
    }
}
