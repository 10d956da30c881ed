package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.app.Application;
import org.newsgraph.app.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: opens the graph, imports when the articles or rules changed, serves the page and the API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the explorer (page + JSON API); imports first if the articles changed.",
                "Opens the database (embedded unless --neo4j-uri), imports import/articles when the articles or rules"
                        + " changed since the last import, serves the page and prints its URL. Stop with Ctrl-C.",
                "A port in use is refused before anything starts. These options are also taken without 'serve'."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOptions db = new DbOptions();

    @Option(names = "--host", defaultValue = "${env:NEWSGRAPH_HOST:-127.0.0.1}",
            description = "interface to listen on (env NEWSGRAPH_HOST, default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "${env:NEWSGRAPH_PORT:-7070}",
            description = "HTTP port, 0 picks a free one (env NEWSGRAPH_PORT, default: ${DEFAULT-VALUE})")
    int port;

    @Mixin
    ImportDirOption importDir = new ImportDirOption();

    @Option(names = "--web-dir", paramLabel = "DIR", defaultValue = "web",
            description = "folder of the page (default: ${DEFAULT-VALUE})")
    Path webDir;

    @Mixin
    QueryLimitOptions console = new QueryLimitOptions();

    @Option(names = "--auth-token", paramLabel = "SECRET", defaultValue = "${env:NEWSGRAPH_TOKEN}",
            description = "API access token (16+ characters), required to listen on anything but loopback;"
                    + " the page asks for it once per browser session (env NEWSGRAPH_TOKEN)")
    String token;

    @Option(names = "--no-import", description = "serve the graph as it is, without looking at the import folder")
    boolean noImport;

    @Option(names = "--watch-feed", paramLabel = "URL", description = "an RSS or Atom feed whose new items are imported"
            + " while the server runs (repeatable)")
    java.util.List<String> feeds = new java.util.ArrayList<>();

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
            description = "how often watched feeds are read: 90s, 15m, 2h (default: ${DEFAULT-VALUE})")
    String every;

    @Option(names = "--allow-private-urls", description = "let URL and feed imports reach loopback and private networks")
    boolean allowPrivateUrls;

    @Option(names = "--public-url", paramLabel = "URL", split = ",", defaultValue = "${env:NEWSGRAPH_PUBLIC_URL}",
            description = "the address people open it by, e.g. behind a reverse proxy (repeatable; env"
                    + " NEWSGRAPH_PUBLIC_URL): its host name is accepted in requests, other names are refused")
    java.util.List<String> publicUrls = new java.util.ArrayList<>();

    @Option(names = "--analyst", paramLabel = "NAME", defaultValue = ServerConfig.DEFAULT_ANALYST,
            description = "who the curation decisions are by when the page sends no name (default: ${DEFAULT-VALUE})")
    String analyst;

    private static volatile boolean stoppedByShutdown;

    /** Whether a server ran until the JVM began shutting down (Ctrl-C): then {@code main} must not call exit. */
    static boolean stoppedByShutdown() {
        return stoppedByShutdown;
    }

    @Mixin
    ProgressOptions shown = new ProgressOptions();

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Progress progress = shown.progress();
        org.newsgraph.extract.nlp.ModelProgress.reportTo(progress); // a start-up import loads them
        Application app;
        try {
            app = Application.start(db.settings(), importDir.path(),
                    new ServerConfig(webDir, host, port, console.limits(), token, !noImport, allowPrivateUrls, feeds,
                            duration(every), analyst, publicUrls == null ? java.util.List.of() : publicUrls), progress);
        } finally {
            // later loads (an article added through the page) are the server's business, not the start's
            org.newsgraph.extract.nlp.ModelProgress.reportTo(null);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            progress.accept("stopping: web server, driver, database…");
            stoppedByShutdown = true;
            app.close();
            progress.accept("stopped cleanly");
            stopped.countDown();
        }, "newsgraph-shutdown"));
        String address = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        feeds.forEach(f -> progress.accept("reading " + f + " every " + every));
        progress.end("ready", (System.nanoTime() - t0) / 1_000_000);
        progress.settle();
        System.err.flush();
        System.out.println("newsgraph is serving http://" + address + ":" + app.port() + "/  (Ctrl-C stops it)");
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** "90s", "15m", "2h" as a duration of at least a minute; anything else is a usage error. */
    static java.time.Duration duration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})\\s*([smh])").matcher(text.strip());
        if (!m.matches()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new ServeCommand()),
                    "--every takes a number and s, m or h (90s, 15m, 2h), not '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        java.time.Duration d = switch (m.group(2)) {
            case "s" -> java.time.Duration.ofSeconds(n);
            case "m" -> java.time.Duration.ofMinutes(n);
            default -> java.time.Duration.ofHours(n);
        };
        return d.compareTo(java.time.Duration.ofMinutes(1)) < 0 ? java.time.Duration.ofMinutes(1) : d;
    }
}
