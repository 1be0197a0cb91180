package dev.feedrafter.cli;

import ch.qos.logback.classic.Level;
import dev.feedrafter.Version;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code feedrafter} command: global options and the list of subcommands. */
@Command(name = "feedrafter", mixinStandardHelpOptions = true, versionProvider = FeedrafterCommand.VersionInfo.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Turns research news into attributed blog drafts for health clinics.",
        subcommands = {ServeCommand.class, PollCommand.class, ImportCommand.class, FeedsCommand.class, DraftsCommand.class,
            HashPasswordCommand.class,
            ExtractCommand.class, ParseCommand.class, ConfigCommand.class, CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true, sortOptions = false,
        footer = {"", "Exit codes: 0 ok, 1 partial failure (e.g. some feeds failed), 2 usage or configuration error."})
public final class FeedrafterCommand implements Runnable {
    static final String CONFIG_ENV = "FEEDRAFTER_CONFIG";

    private Path config;
    private boolean verbose;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "feeds.yml to use (default: $" + CONFIG_ENV + ", else ./feeds.yml)")
    void setConfig(Path file) {
        this.config = file;
    }

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "log details, with stack traces")
    void setVerbose(boolean value) {
        this.verbose = value;
        Level level = value ? Level.DEBUG : Level.INFO;
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.feedrafter")).setLevel(level);
    }

    /** The configuration file chosen by option, environment or default. */
    Path configFile() {
        if (config != null) {
            return config;
        }
        String fromEnv = System.getenv(CONFIG_ENV);
        return Path.of(fromEnv == null || fromEnv.isBlank() ? "feeds.yml" : fromEnv);
    }

    boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; output is UTF-8 whatever the platform default. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    /** Runs the command line writing to the given streams (tests use this). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        FeedrafterCommand root = new FeedrafterCommand();
        CommandLine cmd = new CommandLine(root);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorHandler(root));
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints the version of this build. */
    static final class VersionInfo implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Feedrafter " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
