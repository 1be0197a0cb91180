package dev.feedrafter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The progress line of {@code poll} and log lines share a terminal without running together. */
class TerminalProgressTest {
    private static final Logger LOG = LoggerFactory.getLogger("dev.feedrafter.pipeline.PollFeed");

    @Test
    void aWarningEndsTheProgressLineFirstAndInfoLinesWaitUnlessVerbose() {
        StringWriter terminal = new StringWriter();
        try (TerminalProgress progress = new TerminalProgress(new PrintWriter(terminal), true)) {
            progress.started(1, 2, "Neuroscience News");
            LOG.info("poll feed=\"Neuroscience News\" outcome=\"ok\"");
            assertThat(terminal.toString()).endsWith("[1/2] Neuroscience News …");
            LOG.warn("a warning while the progress shows");
            assertThat(terminal.toString()).endsWith("[1/2] Neuroscience News …" + System.lineSeparator());
            progress.started(2, 2, "PsyPost");
            progress.finished(2, 2, null);
            assertThat(terminal.toString()).endsWith("\r\u001b[K");
        }
        StringWriter after = new StringWriter();
        try (TerminalProgress verbose = new TerminalProgress(new PrintWriter(after), false)) {
            verbose.started(1, 1, "PsyPost");
            LOG.info("an info line in verbose mode");
            assertThat(after.toString()).as("the info line is let through, on a line of its own")
                    .endsWith("[1/1] PsyPost …" + System.lineSeparator());
        }
    }
}
