package dev.feedrafter.cli;

import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.draft.DraftComposer;
import dev.feedrafter.draft.DraftDocument;
import dev.feedrafter.model.FeedSource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code config check}: validates feeds.yml and shows what would be polled. */
@Command(name = "config", description = "Check the configuration.", subcommands = ConfigCommand.Check.class)
final class ConfigCommand extends CommandGroup {
    @Command(name = "check", description = "Validate feeds.yml and print the feeds that would be polled.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        ConfigCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            FeedrafterConfig config = new ConfigLoader().load(parent.root.configFile());
            DraftComposer.of(config);  // compiles the draft templates: a broken one is a configuration problem
            DraftDocument.of(config.drafts());
            PrintWriter out = spec.commandLine().getOut();
            out.println(parent.root.configFile() + " is valid.");
            out.println("Clinic: " + config.clinic().name() + " (" + config.clinic().services().size() + " services, "
                    + config.topics().include().size() + " topics)");
            out.println("Store: " + config.store().url() + (config.store().cluster() ? " (cluster)" : ""));
            out.println("Drafts: " + config.drafts().dir() + " (" + config.drafts().format().name().toLowerCase(
                    java.util.Locale.ROOT) + ")");
            out.println();
            if (config.feeds().isEmpty()) {
                out.println("No feeds configured.");
                return ExitCodes.OK;
            }
            TextTable table = new TextTable("feed", "schedule", "fetch article", "max age", "url");
            for (FeedSource f : config.feeds()) {
                table.row(f.name(), f.schedule(), f.fetchArticle() ? "yes" : "no", f.maxAgeDays() + "d", f.url());
            }
            table.print(out);
            return ExitCodes.OK;
        }
    }
}
