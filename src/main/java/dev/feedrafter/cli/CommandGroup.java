package dev.feedrafter.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code drafts}, {@code feeds}, {@code config}): alone, it shows its usage. */
abstract class CommandGroup implements Runnable {
    @ParentCommand
    FeedrafterCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
