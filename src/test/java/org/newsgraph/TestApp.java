package org.newsgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsgraph.app.Application;
import org.newsgraph.app.ServerConfig;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.query.QueryLimits;

/**
 * The app on the seed data over real HTTP, started once per configuration for the whole test run and shared by
 * every class that registers it ({@code @RegisterExtension static final TestApp app = TestApp.seed();}); it is
 * stopped, and its store deleted, when the run ends. Classes that share one must not change its graph.
 */
public final class TestApp implements BeforeAllCallback {
    /** The access token of {@link #withToken()}. */
    public static final String TOKEN = "correct-horse-battery-staple";
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestApp.class);

    private enum Config {
        /** Seed articles, default console limits, no token. */
        SEED(QueryLimits.defaults(), null),
        /** As SEED, with an access token. */
        TOKEN(QueryLimits.defaults(), TestApp.TOKEN),
        /** As SEED, with a 2 s console timeout (keeps the hostile console suite short). */
        LIMITS(QueryLimits.of(Duration.ofSeconds(2), 1000), null),
        /** As SEED, and URL imports may reach the local test servers: for classes that add and remove articles. */
        ADDING(QueryLimits.defaults(), null),
        /** As SEED, on its own copy of the import folder: analysts' decisions go to that copy's curation/. */
        REVIEW(QueryLimits.defaults(), null);

        final QueryLimits limits;
        final String token;

        Config(QueryLimits limits, String token) {
            this.limits = limits;
            this.token = token;
        }
    }

    private final Config config;
    private Running running;

    private TestApp(Config config) {
        this.config = config;
    }

    public static TestApp seed() {
        return new TestApp(Config.SEED);
    }

    public static TestApp withToken() {
        return new TestApp(Config.TOKEN);
    }

    public static TestApp withLimits() {
        return new TestApp(Config.LIMITS);
    }

    /**
     * An app whose graph its users change (articles added and removed; private URLs allowed). Classes that use it
     * hold the resource lock {@link #ADDING_LOCK}, so they take turns.
     */
    public static TestApp forAdding() {
        return new TestApp(Config.ADDING);
    }

    public static final String ADDING_LOCK = "newsgraph-adding-app";

    /**
     * An app for analysts' decisions, on a copy of the import folder (its curation/ is the test's). Classes that
     * use it hold {@link #REVIEW_LOCK}: they take turns, and each undoes what it decided.
     */
    public static TestApp forReview() {
        return new TestApp(Config.REVIEW);
    }

    public static final String REVIEW_LOCK = "newsgraph-review-app";

    /** The import folder the app reads (a copy for the review app). */
    public Path importDir() {
        return running.importDir;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(config, c -> Running.start(config), Running.class);
    }

    public int port() {
        return running.app.port();
    }

    /** Waits until the app's background warm-up (the best-connected entities' answers) is done. */
    public void awaitWarmUp() throws InterruptedException {
        running.app.awaitWarmUp();
    }

    /** The routes the app's web server registered ("METHOD /path"). */
    public java.util.List<String> routes() {
        return running.app.routes();
    }

    public Neo4jConnection db() {
        return running.app.db();
    }

    /**
     * The options that point a command at this app's store over Bolt as at an external server ({@code --neo4j-uri},
     * user, the store's password), so CLI tests read the shared graph without starting a store of their own.
     */
    public java.util.List<String> boltOptions() throws IOException {
        Path home = DbSettings.embedded(running.dir.resolve("store")).neo4jHome();
        return java.util.List.of("--neo4j-uri", db().embeddedBoltUri(), "--neo4j-user", "neo4j",
                "--neo4j-password", Files.readString(home.resolve("bolt-password"), StandardCharsets.UTF_8).strip());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** GET with optional header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return HTTP.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST of a JSON text, with optional header name/value pairs. */
    public HttpResponse<String> postJson(String path, String json, String... headers) throws IOException, InterruptedException {
        return post(path, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public HttpResponse<String> post(String path, byte[] body, String... headers) throws IOException, InterruptedException {
        return HTTP.send(postRequest(path, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> postForBytes(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(postRequest(path, json.getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Any request the caller builds (other methods, odd headers). */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    /** A POST does work (an import loads the parser's models, minutes on a loaded machine): its guard is longer. */
    private HttpRequest postRequest(String path, byte[] body, String... headers) {
        return request(path, headers).timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** One started app and its temporary store; closing stops it and deletes the store. */
    private static final class Running implements AutoCloseable {
        final Path dir;
        final Application app;
        final Path importDir;

        private Running(Path dir, Application app, Path importDir) {
            this.dir = dir;
            this.app = app;
            this.importDir = importDir;
        }

        static Running start(Config config) {
            try {
                Path dir = Files.createTempDirectory("newsgraph-test-" + config.name().toLowerCase() + "-");
                ServerConfig server = new ServerConfig(TestPaths.web(), "127.0.0.1", 0, config.limits, config.token, true,
                        config == Config.ADDING);
                Path importDir = TestPaths.importDir();
                if (config == Config.REVIEW) {
                    importDir = dir.resolve("import");
                    TestPaths.copyTree(TestPaths.importDir(), importDir);
                }
                return new Running(dir, Application.start(DbSettings.embedded(dir.resolve("store")), importDir, server, s -> { }),
                        importDir);
            } catch (Exception e) {
                throw new IllegalStateException("the " + config + " test app did not start", e);
            }
        }

        @Override
        public void close() throws IOException {
            app.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                // a leftover temporary folder is no test failure
            }
        }
    }
}
