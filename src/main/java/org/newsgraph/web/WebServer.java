package org.newsgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.newsgraph.graph.GraphQueries;
import org.newsgraph.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP side: JSON API under /api, the page from web/ and the browser libraries from webjars. */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    public static final int MAX_GRAPH_NODES = 2000;
    public static final int DEFAULT_GRAPH_NODES = 500;
    static final long MAX_REQUEST_BYTES = 1_000_000L;
    /** A multipart upload of articles: at most this much in all. */
    static final long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

    private final Javalin app;

    private final String host;
    private final int requestedPort;

    public WebServer(Services services, Path webDir, String host, int port, AccessGuard guard, HostGuard hosts) {
        this.host = host;
        this.requestedPort = port;
        AnswerCache cache = new AnswerCache(services.graph()::generation, AnswerCache.DEFAULT_MB << 20);
        ApiHandlers api = new ApiHandlers(services.graph(), cache);
        ExploreHandlers ex = new ExploreHandlers(services.explore(), cache);
        ConsoleHandlers console = new ConsoleHandlers(services.console(), services.examples());
        ExportHandlers export = new ExportHandlers(services.exports());
        StructureHandlers structure = new StructureHandlers(services.structure());
        SourceHandlers sources = new SourceHandlers(services.explore().sources(), cache);
        ArticleHandlers articles = new ArticleHandlers(services.imports());
        CurationHandlers review = services.curation() == null ? null : new CurationHandlers(services.curation());
        WorkspaceHandlers workspace = services.curation() == null ? null
                : new WorkspaceHandlers(services.curation().workspace(), services.curation().defaultAnalyst());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxFileSize(ArticleHandlers.MAX_FILE_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            if (Files.isDirectory(webDir)) {
                config.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = webDir.toAbsolutePath().normalize().toString();
                    sf.location = Location.EXTERNAL;
                });
            } else {
                LOG.warn("web folder {} not found: the page will not be served", webDir.toAbsolutePath());
            }
            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
                        + "style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                        + "form-action 'self'");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("Cross-Origin-Opener-Policy", "same-origin");
                ctx.header("Cross-Origin-Resource-Policy", "same-origin");
                hosts.check(ctx);
                guard.check(ctx);
                WriteGuard.check(ctx);
            });
            config.routes.beforeMatched(WriteGuard::checkSentByPage);
            config.routes.get("/lib/{name}", new LibraryFiles()::serve);
            config.routes.get("/api/openapi.json", new OpenApiDocument()::serve);
            config.routes.get("/api/health", api::health);
            config.routes.get("/api/graph", api::graph);
            config.routes.get("/api/relation-types", api::relationTypes);
            config.routes.get("/api/search", ex::search);
            config.routes.get("/api/entities/{id}", ex::entity);
            config.routes.get("/api/entities/{id}/neighbours", ex::neighbours);
            config.routes.get("/api/entities/{id}/relations", ex::relations);
            config.routes.get("/api/entities/{id}/mentions", ex::mentions);
            config.routes.get("/api/evidence", ex::evidence);
            config.routes.get("/api/path", ex::path);
            config.routes.get("/api/paths", ex::paths);
            config.routes.get("/api/suggestions", ex::suggestions);
            config.routes.get("/api/digest", ex::digest);
            config.routes.get("/api/digest.md", ex::digest);
            config.routes.get("/api/digest.html", ex::digest);
            config.routes.get("/api/timeline", ex::timeline);
            config.routes.get("/api/structure", structure::status);
            config.routes.get("/api/articles", ex::articles);
            config.routes.get("/api/articles/{id}", ex::article);
            config.routes.get("/api/articles/{id}/edges", ex::articleEdges);
            config.routes.post("/api/articles", articles::add);
            config.routes.delete("/api/articles/{id}", articles::remove);
            config.routes.post("/api/imports", articles::fetch);
            config.routes.get("/api/imports/{id}", articles::job);
            if (review != null) {
                config.routes.post("/api/claims/{id}/review", review::review);
                config.routes.post("/api/claims", review::addClaim);
                config.routes.patch("/api/entities/{id}", review::editEntity);
                config.routes.post("/api/entities/{id}/merge", review::merge);
                config.routes.post("/api/entities/{id}/split", review::split);
                config.routes.post("/api/curation/{id}/undo", review::undo);
                config.routes.get("/api/curation", review::recent);
                config.routes.get("/api/quality", review::quality);
                config.routes.get("/api/quality/gold.jsonl", review::gold);
                config.routes.get("/api/notes", workspace::notes);
                config.routes.post("/api/notes", workspace::addNote);
                config.routes.delete("/api/notes/{id}", workspace::deleteNote);
                config.routes.get("/api/views", workspace::views);
                config.routes.post("/api/views", workspace::saveView);
                config.routes.delete("/api/views/{name}", workspace::deleteView);
            }
            config.routes.post("/api/query", console::query);
            config.routes.get("/api/queries", console::examples);
            config.routes.get("/api/sources", sources::list);
            config.routes.post("/api/sources/edges", sources::backed);
            config.routes.get("/api/export", export::neighbourhood);
            config.routes.post("/api/export", export::selection);
            config.routes.exception(Problem.class, ErrorAnswers::answer);
            config.routes.exception(ServiceUnavailableException.class, (e, ctx) ->
                    error(ctx, 503, "database unavailable", e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                error(ctx, 500, "internal error", e.getClass().getSimpleName() + ": " + e.getMessage());
            });
            config.routes.error(413, ctx -> {
                if (ctx.attribute(ErrorAnswers.HANDLED) == null) { // Jetty's own limit, not one of ours
                    error(ctx, 413, "body too large", "request bodies are limited to " + MAX_REQUEST_BYTES + " bytes");
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.attribute(ErrorAnswers.HANDLED) == null) {
                    error(ctx, 405, "method not allowed", ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.attribute(ErrorAnswers.HANDLED) == null) {
                    error(ctx, 404, "not found", "no endpoint " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }

    private static void error(Context ctx, int status, String error, String detail) {
        ErrorAnswers.answer(ctx, status, error, detail);
    }

    /** Starts listening; a port in use or an address that cannot be bound is reported with both named. */
    public WebServer start() {
        try {
            app.start();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof java.net.BindException || String.valueOf(e.getMessage()).contains("already in use")) {
                throw cannotListen(host, requestedPort, root, e);
            }
            throw e;
        }
        return this;
    }

    /**
     * Binds the address for a moment and lets it go: a port in use is refused in a second, before the database
     * starts (that takes 15-50 s and leaves a store behind). Port 0 is always free.
     */
    public static void checkFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true); // as Jetty does: a port whose last connections linger in TIME_WAIT is free
            probe.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.io.IOException e) {
            throw cannotListen(host, port, e, e);
        }
    }

    private static IllegalStateException cannotListen(String host, int port, Throwable root, Exception cause) {
        return new IllegalStateException("cannot listen on " + host + ":" + port + ": "
                + (String.valueOf(root.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("in use")
                ? "the port is already in use (another newsgraph?); pick another with --port" : root.getMessage()), cause);
    }

    public int port() {
        return app.port();
    }

    /**
     * The routes registered, as "METHOD /path" (path parameters as {name}): OpenApiTest compares them with
     * /api/openapi.json. Javalin 7 lists them only through its internal router, reached via {@code unsafe}; the
     * before-handlers it also holds there are left out.
     */
    public java.util.List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().filter(h -> h.endpoint.method.isHttpMethod())
                .map(h -> h.endpoint.method.name() + " " + h.endpoint.path).toList();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Thin handlers: validate, call one query, return a record as JSON. */
    static final class ApiHandlers {
        private final GraphQueries queries;
        private final AnswerCache cache;

        ApiHandlers(GraphQueries queries, AnswerCache cache) {
            this.queries = queries;
            this.cache = cache;
        }

        void health(Context ctx) {
            ctx.json(queries.health());
        }

        void relationTypes(Context ctx) {
            ctx.json(Map.of("relationTypes", queries.relationTypes(), // present in the graph; the vocabulary is every type
                    "vocabulary", java.util.Arrays.stream(org.newsgraph.model.RelationType.values()).map(Enum::name).toList()));
        }

        /** The first view; with {@code asOf=YYYY-MM-DD}, as it was known that day (and a note when it was empty). */
        void graph(Context ctx) {
            int limit = Params.integer(ctx, "limit", DEFAULT_GRAPH_NODES, 1, MAX_GRAPH_NODES);
            String asOf = Params.pastDate(ctx, "asOf");
            cache.json(ctx, () -> asOf == null ? queries.graph(limit) : graphAsOf(limit, asOf));
        }

        private Map<String, Object> graphAsOf(int limit, String asOf) {
            GraphQueries.Elements e = queries.graphAsOf(limit, asOf);
            Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("nodes", e.nodes(), "edges", e.edges(),
                    "truncated", e.truncated(), "totalNodes", e.totalNodes(), "asOf", asOf));
            if (e.nodes().isEmpty()) {
                body.put("note", "nothing had been reported by " + asOf);
            }
            return body;
        }
    }
}
