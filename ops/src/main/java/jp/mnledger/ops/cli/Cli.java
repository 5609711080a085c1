package jp.mnledger.ops.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The server jar's subcommands, run without starting Spring, the server or any network listener:
 * {@code verify}, {@code export} and {@code ledger-key}. {@link jp.mnledger.ops.MnLedgerServer#main} hands
 * over when the first argument names one.
 */
public final class Cli {

    /** Exit statuses of every subcommand. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            "verify", VerifyCommand::run,
            "export", ExportCommand::run,
            "ledger-key", LedgerKeyCommand::run);

    private Cli() {
    }

    /** Runs the subcommand {@code args[0]} if there is one; empty if the arguments are the server's. */
    public static Optional<Integer> run(String[] args) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            return Optional.empty();
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return Optional.of(run(args, out, err));
    }

    /** Runs a subcommand with these streams (tests); {@code args[0]} names it. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command command = COMMANDS.get(args[0]);
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("(--help for usage)");
            return USAGE;
        }
    }

    /** Bad arguments: exit status 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** Reads {@code --name value} options and positional arguments. */
    static final class Arguments {
        private final java.util.List<String> positional = new java.util.ArrayList<>();
        private final Map<String, String> options = new java.util.HashMap<>();
        private final java.util.Set<String> flags = new java.util.HashSet<>();

        Arguments(String[] args, java.util.Set<String> valued, java.util.Set<String> flagNames) {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    String name = arg;
                    String value = null;
                    int eq = arg.indexOf('=');
                    if (eq > 0) {
                        name = arg.substring(0, eq);
                        value = arg.substring(eq + 1);
                    }
                    if (flagNames.contains(name) && value == null) {
                        flags.add(name);
                    } else if (valued.contains(name)) {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new UsageException(name + " needs a value");
                            }
                            value = args[++i];
                        }
                        if (options.put(name, value) != null) {
                            throw new UsageException(name + " is given twice");
                        }
                    } else {
                        throw new UsageException("unknown option " + name);
                    }
                } else {
                    positional.add(arg);
                }
            }
        }

        String option(String name) {
            return options.get(name);
        }

        boolean flag(String name) {
            return flags.contains(name);
        }

        java.util.List<String> positional() {
            return positional;
        }
    }

    /** The password in the first line of a file (so that it never shows in a process list). */
    static String readPassword(String file) {
        if (file == null) {
            return null;
        }
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file), StandardCharsets.UTF_8).stream().findFirst()
                    .map(String::strip).orElse("");
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read the password file " + file);
        }
    }
}
