package dev.feedrafter.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoiTest {
    @Test
    void findsDoisInTheirUsualFormsWithoutTrailingPunctuation() {
        assertThat(Doi.find("doi:10.1038/s41586-026-01234-5.")).hasValue("10.1038/s41586-026-01234-5");
        assertThat(Doi.find("(see https://dx.doi.org/10.1001/jamapsychiatry.2026.3318)"))
                .hasValue("10.1001/jamapsychiatry.2026.3318");
        assertThat(Doi.find("https://doi.org/10.1016%2Fj.celrep.2026.114872")).hasValue("10.1016/j.celrep.2026.114872");
        assertThat(Doi.find("DOI: 10.1002/(SICI)1097-4679(199901)55:1<1::AID-JCLP1>3.0.CO;2-A,"))
                .hasValue("10.1002/(SICI)1097-4679(199901)55:1");
        assertThat(Doi.find("10.1176/appi.ajp.20260412;")).hasValue("10.1176/appi.ajp.20260412");
    }

    @Test
    void rejectsWhatIsNotADoi() {
        assertThat(Doi.find("version 10.12/abc")).isEmpty();
        assertThat(Doi.find("no identifier here")).isEmpty();
        assertThat(Doi.find(null)).isEmpty();
    }
}
