package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar target/newsgraph.jar [serve|import|extract] …}; serve is the default. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Explore the relationship network that news articles describe (Neo4j + web page).",
                "Without a subcommand, runs 'serve' and takes its options (see 'serve --help'), e.g. --port 7291."},
        subcommands = {ServeCommand.class, ImportCommand.class, ExtractCommand.class, ExplainCommand.class, LearnCommand.class, QueryCommand.class, ExportCommand.class, DigestCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** The options given without a subcommand: serve's, passed on to it (see {@link #call}). */
    @CommandLine.Unmatched
    java.util.List<String> serveArgs = new java.util.ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // --quiet: only errors (warnings) from the log too; the progress itself is the commands' (Progress)
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel",
                ProgressOptions.given(args, "-q", "--quiet") ? "warn" : "info"));
        System.setProperty("org.slf4j.simpleLogger.log.org.neo4j.driver", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp", "warn"); // CoreNLP is chatty at info
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        CommandLine cli = commandLine();
        int code = cli.execute(args);
        if (!ServeCommand.stoppedByShutdown()) { // System.exit would wait for ever inside the shutdown it caused
            System.exit(code);
        }
    }

    /** The command line with its one-line error handler (also what tests run). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli;
    }

    /** No subcommand: serve, with the options given (picocli hands over what it did not recognise). */
    @Override
    public Integer call() {
        if (!serveArgs.isEmpty() && !serveArgs.get(0).startsWith("-")) { // a mistyped command is not serve's
            spec.commandLine().getErr().println("newsgraph: unknown command '" + serveArgs.get(0) + "'; the commands are "
                    + String.join(", ", spec.subcommands().keySet()) + " (or serve's options alone)");
            return 2;
        }
        CommandLine serve = new CommandLine(new ServeCommand());
        serve.setExecutionExceptionHandler(new ErrorHandler());
        serve.setCommandName("newsgraph serve");
        serve.setOut(spec.commandLine().getOut());
        serve.setErr(spec.commandLine().getErr());
        return serve.execute(serveArgs.toArray(String[]::new));
    }

    /** Prints a one-line reason instead of a stack trace and exits non-zero. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            cmd.getErr().println("newsgraph: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (Boolean.getBoolean("newsgraph.debug")) {
                ex.printStackTrace(cmd.getErr());
            }
            return 2;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "dev" : v)};
        }
    }
}
