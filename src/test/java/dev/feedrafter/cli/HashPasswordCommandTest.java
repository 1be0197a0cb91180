package dev.feedrafter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.feedrafter.config.ConfigException;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.testing.CliRun;
import dev.feedrafter.web.Editors;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code hash-password} reading standard input, and the hash it prints used as feeds.yml asks. */
class HashPasswordCommandTest {
    private static CliRun withInput(String input) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of("hash-password");
        } finally {
            System.setIn(original);
        }
    }

    private static FeedrafterConfig config(String hash) {
        return new ConfigLoader().parse("feeds.yml", "clinic: {name: Test Clinic}\nweb:\n  editors:\n"
                + "    - name: alex\n      password_hash: \"" + hash + "\"\n", Path.of("."));
    }

    @Test
    void printsABcryptHashThatLogsInWithThePasswordAndNoOther() {
        CliRun run = withInput("Grüße aus Denver ✓\n");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String hash = run.out().strip();
        assertThat(hash).matches("\\$2a\\$12\\$[./A-Za-z0-9]{53}");
        assertThat(run.err()).contains("password_hash: \"" + hash + "\"");
        Editors editors = new Editors(config(hash).web().editors());
        assertThat(editors.authenticate("Alex", "Grüße aus Denver ✓".toCharArray())).hasValue("alex");
        assertThat(editors.authenticate("alex", "Grüße aus Denver".toCharArray())).isEmpty();
        assertThat(withInput("Grüße aus Denver ✓\n").out().strip()).as("salted: a new hash each time").isNotEqualTo(hash);
    }

    @Test
    void refusesAnEmptyOrOverlongPasswordWithExit2() {
        CliRun empty = withInput("");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("no password given");
        CliRun tooLong = withInput("x".repeat(73) + "\n");
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).contains("at most 72 bytes");
        assertThat(tooLong.out()).isEmpty();
    }

    @Test
    void aPlainPasswordInFeedsYmlIsAConfigurationErrorWithItsLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> config("hunter2"));
        assertThat(e.getMessage()).contains("feeds.yml:5:22: web.editors[0].password_hash: not a password hash; "
                + "run \"feedrafter hash-password\"");
    }
}
