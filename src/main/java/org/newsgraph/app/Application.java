package org.newsgraph.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.graph.ExploreQueries;
import org.newsgraph.graph.GraphQueries;
import org.newsgraph.fetch.WebFetcher;
import org.newsgraph.curation.CurationRequests;
import org.newsgraph.curation.CurationService;
import org.newsgraph.curation.QualityService;
import org.newsgraph.load.ArticleImports;
import org.newsgraph.load.ImportService;
import org.newsgraph.export.ExportService;
import org.newsgraph.export.SubgraphReader;
import org.newsgraph.query.ExampleQueries;
import org.newsgraph.query.QueryLimits;
import org.newsgraph.query.QueryService;
import org.newsgraph.structure.StructureService;
import org.newsgraph.web.AccessGuard;
import org.newsgraph.web.HostGuard;
import org.newsgraph.web.Curation;
import org.newsgraph.workspace.Workspace;
import org.newsgraph.web.Services;
import org.newsgraph.web.WebServer;

/**
 * The running product: database connection, schema, import when stale, web server. Closing it stops the web
 * server first, then closes the driver and shuts the embedded database down.
 */
public final class Application implements AutoCloseable {
    private final Neo4jConnection db;
    private final WebServer web;
    private final ArticleImports imports;
    private final StructureService structure;
    private final Thread warmUp;
    /** The data directory whose run file this server wrote (null for an external Neo4j). */
    private Path runDir;

    private Application(Neo4jConnection db, WebServer web, ArticleImports imports, StructureService structure, Thread warmUp) {
        this.db = db;
        this.web = web;
        this.imports = imports;
        this.structure = structure;
        this.warmUp = warmUp;
    }

    /** Waits until the start's warm-up has asked its answers (see {@link #warmUp}); the benchmarks measure after it. */
    public void awaitWarmUp() throws InterruptedException {
        warmUp.join();
    }

    public static Application start(DbSettings settings, Path importDir, Path webDir, String host, int port,
                                    Consumer<String> progress) throws Exception {
        return start(settings, importDir, ServerConfig.of(webDir, host, port), progress);
    }

    public static Application start(DbSettings settings, Path importDir, ServerConfig server,
                                    Consumer<String> progress) throws Exception {
        AccessGuard guard = AccessGuard.forHost(server.host(), server.token()); // before anything opens
        HostGuard hosts = HostGuard.of(server.host(), server.publicUrls());
        WebServer.checkFree(server.host(), server.port()); // before the store is created or opened
        // the import folder (rules, gazetteer, articles) is read while Neo4j starts: about a second less to wait
        java.util.concurrent.CompletableFuture<ImportService.Folder> folder = server.importOnStart()
                ? java.util.concurrent.CompletableFuture.supplyAsync(() -> readFolder(importDir)) : null;
        Neo4jConnection db = Neo4jConnection.open(settings, progress);
        // PageRank, betweenness and communities of the whole graph, computed again in the background after every import
        // and curation decision (and once at start: the store may have been changed by a command or another server)
        StructureService structure = new StructureService(db);
        try {
            Schema.apply(db);
            CurationService curation = new CurationService(db, importDir).afterChange(structure::stale);
            Workspace workspace = Workspace.of(db, importDir); // notes and saved views, replayed as the decisions are
            String unlogged = reconcileSummary(curation.reconcile()); // before anything reads or changes the graph
            if (unlogged != null) {
                progress.accept(unlogged);
            }
            ImportService importer = new ImportService(db, importDir)
                    .afterChange(() -> {
                        progress.accept(replaySummary(curation.replay()));
                        progress.accept(workspace.replay());
                        structure.stale();
                    });
            boolean imported = false;
            if (!server.importOnStart()) {
                progress.accept("serving the graph as it is (no import)");
            } else if (importer.isStale(join(folder))) {
                progress.accept(importer.run(false, progress, join(folder)).summary()); // replays the curation after it
                imported = true;
                String size = org.newsgraph.db.StoreSize.line(settings);
                if (size != null) {
                    progress.accept(size);
                }
            } else {
                progress.accept("graph is up to date with " + importDir.resolve("articles"));
            }
            WebFetcher fetcher = new WebFetcher(server.allowPrivateUrls());
            ArticleImports imports = new ArticleImports(importer, fetcher);
            imports.watchFeeds(server.watchedFeeds(), server.feedEvery(), progress);
            imports.releaseModelsWhenIdle(); // a start-up import loaded them
            if (!imported) {
                progress.accept(replaySummary(curation.replay())); // the curation files may have changed (a pull, an edit)
                progress.accept(workspace.replay());
            }
            long filled = org.newsgraph.load.Degrees.fillMissing(db); // a store from before degrees were kept
            if (filled > 0) {
                progress.accept("degrees kept for " + filled + " entities (once, for the first view's index)");
            }
            structure.stale();
            Services services = services(db, server.limits(), ExampleQueries.load(importDir), imports, curation, server.analyst(),
                    structure, workspace);
            WebServer web = new WebServer(services, server.webDir(), server.host(), server.port(), guard, hosts).start();
            // the page's first requests are asked once in the background: the URL is announced at once (a restart
            // measured 9.4 s with the warm-up in line, about 3 s of it warming up), and by the time someone opens
            // it, query plans, JSON mapping and static files are ready
            // after the structure measures are written at start: their write would make the answers kept so far stale
            Thread warm = new Thread(() -> {
                try {
                    structure.awaitIdle(WARM_UP_WAITS_MS);
                } catch (InterruptedException e) {
                    return;
                }
                warmUp(web.port(), server.token(), services.graph());
            }, "newsgraph-warm-up");
            warm.setDaemon(true);
            warm.start();
            Application app = new Application(db, web, imports, structure, warm);
            if (!settings.external()) { // commands given this data directory now work through this server
                String host = server.host().equals("0.0.0.0") || server.host().equals("::") ? "127.0.0.1" : server.host();
                org.newsgraph.db.RunFile.write(settings.dataDir(), "http://" + (host.contains(":") ? "[" + host + "]" : host)
                        + ":" + web.port() + "/", db.embeddedBoltUri());
                app.runDir = settings.dataDir();
            }
            return app;
        } catch (Exception | Error e) {
            structure.close();
            db.close();
            throw e;
        }
    }

    /** The services over one connection: what the web server calls, and what the export command uses alone. */
    public static Services services(Neo4jConnection db, QueryLimits limits, List<ExampleQueries.Example> examples) {
        return services(db, limits, examples, null, null, null, null, null);
    }

    /**
     * As above, with the article imports, the analysts' curation and the structure measures the server offers (null
     * where nothing adds articles or decisions, or keeps the measures).
     */
    public static Services services(Neo4jConnection db, QueryLimits limits, List<ExampleQueries.Example> examples,
                                    ArticleImports imports, CurationService curation, String analyst,
                                    StructureService structure, Workspace workspace) {
        GraphQueries graph = new GraphQueries(db);
        ExploreQueries explore = new ExploreQueries(db, graph);
        QueryService console = new QueryService(db, limits);
        return new Services(graph, explore, console, examples, new ExportService(new SubgraphReader(db), explore, console),
                imports, curation == null ? null : new Curation(curation, new CurationRequests(curation), new QualityService(db, curation.model()), analyst,
                        workspace),
                structure);
    }

    /** One line on the decisions the graph held and the curation log lacked; null when there were none. */
    static String reconcileSummary(CurationService.Reconciled r) {
        if (r.takenOut().isEmpty() && r.logged().isEmpty()) {
            return null;
        }
        String line = "curation: the graph held "
                + org.newsgraph.load.ImportReport.count(r.takenOut().size() + r.logged().size(), "decision") + " the log lacked";
        if (!r.takenOut().isEmpty()) {
            line += "; taken out: " + String.join("; ", r.takenOut());
        }
        if (!r.logged().isEmpty()) {
            line += "; logged, as later decisions built on them: " + String.join("; ", r.logged());
        }
        return line;
    }

    /** One line on a replay of the curation decisions. */
    public static String replaySummary(CurationService.Replay r) {
        String line = "curation: " + org.newsgraph.load.ImportReport.count(r.applied(), "decision") + " applied, "
                + r.undone() + " taken back";
        if (!r.missing().isEmpty()) {
            line += "; " + r.missing().size() + " no longer find what they were about: " + String.join("; ", r.missing());
        }
        if (!r.broken().isEmpty()) {
            line += "; unreadable lines skipped: " + String.join("; ", r.broken());
        }
        return line;
    }

    /**
     * Asks the page's first requests once (in the background, as the URL is announced), so query plans, JSON mapping
     * and static files are ready when the first person opens the page. Measured on the seed data: without it the first
     * page load waited 1.2 s for /api/graph; with it the first graph is drawn about 0.7 s after navigation.
     */
    private static void warmUp(int port, String token, GraphQueries graph) {
        try {
            java.util.List<String> paths = new java.util.ArrayList<>(WARM_UP);
            java.util.List<String> best = graph.bestConnected(WARM_ENTITIES);
            if (best.size() > 1) { // the path panel's search planned once (planning it took seconds on a busy machine)
                paths.add("/api/paths?from=" + best.get(0) + "&to=" + best.get(Math.min(9, best.size() - 1)));
            }
            // the answers analysts ask most, kept ready (web/AnswerCache): the best-connected entities and their neighbours
            for (String id : best) {
                String e = "/api/entities/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
                paths.add(e);
                paths.add(e + "/neighbours?limit=50");
            }
            ask(port, token, paths);
        } catch (RuntimeException e) { // NOPMD: only an optimisation; the server may be closing
            return;
        }
    }

    private static void ask(int port, String token, java.util.List<String> paths) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(2)).build();
        for (String path : paths) {
            try {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                        .timeout(java.time.Duration.ofSeconds(10));
                if (token != null && !token.isBlank()) {
                    request.header("Authorization", "Bearer " + token.strip());
                }
                http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException | RuntimeException e) {
                return; // only an optimisation (e.g. bound to an address other than loopback)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How long the warm-up waits for the structure measures of the start before it asks anyway. */
    private static final long WARM_UP_WAITS_MS = 60_000;

    /** How many of the best-connected entities have their details and neighbours asked at start. */
    private static final int WARM_ENTITIES = 300;

    private static final java.util.List<String> WARM_UP = java.util.List.of("/", "/main.js", "/api/health",
            "/api/graph?limit=500", "/api/timeline", "/api/articles", "/api/relation-types", "/api/search?q=a");

    private static ImportService.Folder readFolder(Path importDir) {
        try {
            return ImportService.Folder.read(importDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The folder read in the background; its failure (unreadable folder, bad rules) is reported as such. */
    private static ImportService.Folder join(java.util.concurrent.CompletableFuture<ImportService.Folder> folder) throws Exception {
        try {
            return folder.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /** The structure measures the server keeps (tests and benchmarks wait for them). */
    public StructureService structure() {
        return structure;
    }

    /** The connection the server reads through (tests compare graph checksums through it). */
    public Neo4jConnection db() {
        return db;
    }

    public int port() {
        return web.port();
    }

    /** The HTTP routes the server registered ("METHOD /path"). */
    public java.util.List<String> routes() {
        return web.routes();
    }

    @Override
    public void close() {
        if (runDir != null) {
            org.newsgraph.db.RunFile.remove(runDir);
        }
        try {
            web.close();
            imports.close();
        } finally {
            structure.close();
            db.close();
        }
    }
}
