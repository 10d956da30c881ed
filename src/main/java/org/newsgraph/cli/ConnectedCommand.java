package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.RunFile;
import org.newsgraph.model.Problem;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that works on the graph: it checks its arguments, opens the database (embedded or --neo4j-uri), does
 * its job, closes the database, and turns a service's {@link Problem} into one line on stderr and an exit code
 * (2 bad input or not found, 4 refused or in conflict, 5 stopped by a limit). Other failures go to {@link Main}'s handler (exit 2).
 */
abstract class ConnectedCommand implements Callable<Integer> {
    @Mixin
    DbOptions db = new DbOptions();

    @Spec
    CommandSpec spec;

    /** Checks the arguments before anything opens; throws a {@link Problem} for bad ones. */
    protected void check() {
    }

    /** Where opening the database reports its progress (nothing, unless a command shows progress). */
    protected org.newsgraph.model.ProgressEvents progress() {
        return org.newsgraph.model.ProgressEvents.NONE;
    }

    /** The command's job; returns its exit code. */
    protected abstract int run(Neo4jConnection db) throws Exception;

    /**
     * Whether this run writes to the graph. A command that only reads works through a server running on the same
     * data directory; one that writes is refused there (the server's page and API write, so its kept answers stay
     * right).
     */
    protected boolean writes() {
        return false;
    }

    /**
     * A writing command's work done through the server running on the data directory (its API), when it can be;
     * empty when it cannot, and the command is refused there.
     */
    protected java.util.Optional<Integer> throughServer(RunFile server) throws Exception {
        return java.util.Optional.empty();
    }

    @Override
    public final Integer call() throws Exception {
        try {
            check();
            DbSettings settings = db.settings();
            java.util.Optional<RunFile> server = settings.external() ? java.util.Optional.empty() : RunFile.live(settings.dataDir());
            if (server.isPresent() && writes()) {
                java.util.Optional<Integer> sent = throughServer(server.get());
                if (sent.isPresent()) {
                    return sent.get();
                }
                System.err.println("newsgraph " + spec.name() + ": a server (pid " + server.get().pid() + ") has "
                        + settings.dataDir() + " open at " + server.get().http() + ": add articles and decide there (the"
                        + " page's Add, or its API), or stop it first");
                return 4;
            }
            if (server.isPresent()) {
                settings = server.get().settings(settings.dataDir()); // reads go to the running server's store
                progress().detail("reading through the server running on " + settings.dataDir() + " (pid "
                        + server.get().pid() + ")");
            }
            try (Neo4jConnection conn = progress() == org.newsgraph.model.ProgressEvents.NONE
                    ? Neo4jConnection.open(settings) : Neo4jConnection.open(settings, progress())) {
                return run(conn);
            }
        } catch (Problem e) {
            System.err.println("newsgraph " + spec.name() + ": " + e.label() + ": " + e.getMessage());
            return exitCode(e.kind());
        }
    }

    static int exitCode(Problem.Kind kind) {
        return switch (kind) {
            case REFUSED, UNAUTHORIZED, CONFLICT -> 4;
            case TIMED_OUT, TOO_MUCH_MEMORY, BUSY -> 5;
            case INVALID, NOT_FOUND, TOO_LARGE -> 2;
        };
    }
}
