package dev.feedrafter.cli;

/** Exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    /** Something failed, e.g. some feeds could not be polled; the rest was done. */
    static final int PARTIAL = 1;
    /** Wrong arguments or configuration; nothing was done. */
    static final int USAGE = 2;

    private ExitCodes() {}
}
