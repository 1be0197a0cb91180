package dev.feedrafter;

import dev.feedrafter.cli.FeedrafterCommand;

/** The executable jar's entry point: runs one command and exits with its code (0 ok, 1 partial failure, 2 usage or config error). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(FeedrafterCommand.run(args));
    }
}
