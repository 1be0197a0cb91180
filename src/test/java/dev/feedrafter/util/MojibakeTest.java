package dev.feedrafter.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {
    /**
     * What a feed shows when its UTF-8 was read as {@code charset} by the publisher's software, which (like
     * MySQL's "latin1") keeps the five bytes windows-1252 leaves undefined as Latin-1 control characters.
     */
    private static String garble(String text, String charset) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, Charset.forName(charset));
            out.append(c.equals("\uFFFD") ? (char) (b & 0xff) : c.charAt(0));
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ketamine’s “rapid” effect — explained",
        "Café, naïve, Zürich, São Paulo, Øresund, Łódź",
        "A 5 °C rise, ±2 %, 10 µg, © 2026, ½ dose",
        "Emoji too: 🧠 and ✓",
    })
    void repairsTextReadAsWindows1252OrLatin1(String original) {
        assertThat(Mojibake.repair(garble(original, "windows-1252"))).isEqualTo(original);
        assertThat(Mojibake.repair(garble(original, "ISO-8859-1"))).isEqualTo(original);
    }

    @Test
    void repairsTheUsualSuspects() {
        assertThat(Mojibake.repair("Itâ€™s a â€œbreakthroughâ€\u009d, says the rÃ©sumÃ©"))
                .isEqualTo("It’s a “breakthrough”, says the résumé");
    }

    @Test
    void repairsTheClosingQuoteThatAStrictReadingLost() {
        assertThat(Mojibake.repair("a â€œquotedâ€\uFFFD word")).isEqualTo("a “quoted” word");
        assertThat(Mojibake.repair("Ã\uFFFD stays")).isEqualTo("Ã\uFFFD stays");
    }

    @Test
    void repairsTextGarbledTwice() {
        String twice = garble(garble("The patient’s café", "windows-1252"), "windows-1252");
        assertThat(Mojibake.repair(twice)).isEqualTo("The patient’s café");
    }

    @ParameterizedTest
    @ValueSource(strings = {"São Paulo", "Ångström, Ærø, Þórr", "Déjà vu — l’été", "Größe: 5 µm", "ÂÃÄ in a row",
        "Müller’s “Über” study", "naïve café", "Åland €5", "Привет", "日本語のテキスト", "Ã alone", "Ã and Â"})
    void leavesCorrectTextAlone(String text) {
        assertThat(Mojibake.repair(text)).isEqualTo(text);
    }

    @Test
    void repairsOnlyTheGarbledPartsOfMixedText() {
        assertThat(Mojibake.repair("Zürich study: â€œit worksâ€\u009d")).isEqualTo("Zürich study: “it works”");
    }

    @Test
    void nullStaysNull() {
        assertThat(Mojibake.repair(null)).isNull();
    }

    @Test
    void c1ControlCharactersAreReadAsWindows1252() {
        assertThat(Mojibake.repair("don\u0092t \u0093quoted\u0094")).isEqualTo("don\u2019t \u201cquoted\u201d");
        assertThat(Mojibake.repair("no controls here")).isEqualTo("no controls here");
    }
}
