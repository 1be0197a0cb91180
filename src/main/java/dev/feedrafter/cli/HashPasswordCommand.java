package dev.feedrafter.cli;

import dev.feedrafter.web.Passwords;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hash-password}: asks for a password twice without showing it (or reads the first line of standard input
 * when that is not a terminal) and prints its bcrypt hash for {@code web.editors[].password_hash}.
 */
@Command(name = "hash-password", description = {"Read a password (asked twice, not shown; or the first line of "
        + "standard input) and print its hash for web.editors in feeds.yml."})
final class HashPasswordCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Console console = System.console();
        char[] password = console != null ? ask(console) : firstLine();
        try {
            if (password.length == 0) {
                throw new UsageException("no password given");
            }
            String hash;
            try {
                hash = Passwords.hash(password);
            } catch (IllegalArgumentException e) {
                throw new UsageException("the password is too long: bcrypt reads at most " + Passwords.MAX_BYTES
                        + " bytes; choose a shorter one");
            }
            spec.commandLine().getOut().println(hash);
            spec.commandLine().getErr().println("Add it to feeds.yml, in quotes:\n  web:\n    editors:\n"
                    + "      - {name: alex, password_hash: \"" + hash + "\"}");
            return ExitCodes.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] ask(Console console) {
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Same password again: ");
        if (first == null || second == null) {
            throw new UsageException("no password given");
        }
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new UsageException("the two passwords differ; nothing was printed");
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }

    /** The first line of standard input, without its line break (a password never ends in one). */
    private static char[] firstLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new UsageException("cannot read the password from standard input: " + e.getMessage());
        }
    }
}
