package dev.feedrafter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code drafts}, {@code feeds}, {@code config}): alone, it is a usage
 * error (exit 2) that shows its usage on standard error, as picocli does for any other missing argument.
 */
abstract class CommandGroup implements Runnable {
    @ParentCommand
    FeedrafterCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
