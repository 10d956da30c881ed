package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}: how much of the progress a command shows on stderr. */
public final class ProgressOptions {
    @Option(names = {"-q", "--quiet"}, description = "print only errors, skipped files and the result, no progress")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "print detail lines too (each loaded batch, the store's address)")
    boolean verbose;

    Progress.Level level() {
        if (quiet && verbose) {
            throw org.newsgraph.model.Problem.invalid("bad arguments",
                    "--quiet and --verbose exclude each other");
        }
        return quiet ? Progress.Level.QUIET : verbose ? Progress.Level.VERBOSE : Progress.Level.NORMAL;
    }

    /** The reporter these options ask for, on stderr. */
    Progress progress() {
        return Progress.onStderr(level());
    }

    /**
     * Whether the command line holds one of {@code names} (before a "--"), read before any logger is made: their
     * levels are fixed then, before picocli has parsed anything.
     */
    static boolean given(String[] args, String... names) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            for (String n : names) {
                if (a.equals(n)) {
                    return true;
                }
            }
        }
        return false;
    }
}
