package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.app.Application;
import org.newsgraph.app.ServerConfig;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.bench.ApiBench;
import org.newsgraph.bench.BigGraphGenerator;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RelationType;
import org.newsgraph.query.QueryLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench graph|api|start}: a large generated graph, API latency under concurrency, cold start and memory. */
final class ServerBenchCommands {
    private ServerBenchCommands() {
    }

    @Command(name = "graph", mixinStandardHelpOptions = true,
            description = "Write a large generated graph (the product's model, no extraction) into an empty store.")
    static final class Graph extends ConnectedCommand {
        @Option(names = "--claims", description = "claims to write, 25 per article (default: ${DEFAULT-VALUE})")
        int claims = 160_000;
        @Option(names = "--entities", description = "entities (default: ${DEFAULT-VALUE})")
        int entities = 100_000;
        @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})")
        long seed = 42;

        /** The store's start and the generator's counts on stderr; the figures stay alone on stdout. */
        private final Progress progress = Progress.onStderr(Progress.Level.NORMAL);

        @Override
        protected boolean writes() {
            return true;
        }

        @Override
        protected org.newsgraph.model.ProgressEvents progress() {
            return progress;
        }

        @Override
        protected int run(Neo4jConnection conn) {
            Schema.apply(conn);
            if (count(conn, "MATCH (n) RETURN count(n) AS n") > 0) {
                throw Problem.invalid("not empty", "the store is not empty; give an empty --data-dir");
            }
            BigGraphGenerator.Counts c = new BigGraphGenerator(conn, seed).generate(entities, claims, progress);
            org.newsgraph.load.Degrees.fillMissing(conn); // as the loader keeps them
            System.out.printf(Locale.ROOT, "graph: %d nodes, %d relationships (%d entities, %d articles, %d claims,"
                    + " %d exploration edges) written in %.1f s%n", count(conn, "MATCH (n) RETURN count(n) AS n"),
                    count(conn, "MATCH ()-[r]->() RETURN count(r) AS n"), c.entities(), c.articles(), c.claims(),
                    c.edges(), c.millis() / 1000.0);
            try (org.newsgraph.structure.StructureService structure = new org.newsgraph.structure.StructureService(conn)) {
                BenchCommand.printStructure(structure.computeNow());
            }
            return 0;
        }

        private static long count(Neo4jConnection conn, String query) {
            return conn.read(tx -> tx.run(query).single().get("n").asLong());
        }
    }

    @Command(name = "api", mixinStandardHelpOptions = true,
            description = "Serve the store as it is (no import) and measure search, neighbours, evidence, path and a"
                    + " console query at several client counts; prints a Markdown table.")
    static final class Api implements Callable<Integer> {
        @Mixin
        DbOptions db = new DbOptions();
        @Option(names = "--clients", split = ",", description = "concurrent clients (default: ${DEFAULT-VALUE})")
        List<Integer> clients = List.of(1, 8, 32, 64);
        @Option(names = "--seconds", description = "measured seconds per endpoint and client count, after 2 s warm-up (default: ${DEFAULT-VALUE})")
        int seconds = 10;
        @Option(names = "--endpoints", split = ",", description = "default: ${DEFAULT-VALUE}")
        List<String> endpoints = List.of("search", "neighbours", "neighbours-hubs", "entity-hubs", "evidence", "path", "console");

        @Override
        public Integer call() throws Exception {
            ServerConfig config = new ServerConfig(Path.of("web"), "127.0.0.1", 0, QueryLimits.defaults(), null, false);
            try (Application app = Application.start(db.settings(), Path.of("import"), config, s -> { })) {
                long t0 = System.nanoTime();
                app.awaitWarmUp();
                System.out.printf("warm-up (the page's first requests; the %s best-connected entities' details and neighbours"
                        + " kept ready): %.1f s%n", "300", (System.nanoTime() - t0) / 1e9);
                app.structure().awaitIdle(Long.MAX_VALUE); // its computation at start is not measured against the API
                BenchCommand.printStructure(app.structure().status(List.of()));
                ApiBench.Samples samples = samples(app.db());
                System.out.printf("samples: %d entities (%d best connected), %d edges, %d names%n", samples.entities().size(),
                        samples.hubs().size(), samples.edges().size(), samples.names().size());
                ApiBench bench = new ApiBench(app.port());
                System.out.println(ApiBench.HEAD);
                for (String e : endpoints) {
                    for (int c : clients) {
                        System.out.println(bench.run(e, bench.endpoint(e, samples), c, seconds).row());
                    }
                }
            }
            return 0;
        }

        private static ApiBench.Samples samples(Neo4jConnection db) {
            return db.read(tx -> {
                List<String> ids = new ArrayList<>();
                List<String> names = new ArrayList<>();
                tx.run(RelationType.expand("""
                        MATCH (e:Entity) WHERE EXISTS { (e)-[:EXPLORATION]-() }
                        WITH e LIMIT 20000 RETURN e.id AS id, e.name AS name""")).forEachRemaining(r -> {
                    ids.add(r.get("id").asString());
                    names.add(r.get("name").asString());
                });
                List<String[]> edges = new ArrayList<>();
                tx.run(RelationType.expand("MATCH (a:Entity)-[r:EXPLORATION]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b LIMIT 20000"))
                        .forEachRemaining(r -> edges.add(new String[] {r.get("a").asString(), r.get("t").asString(), r.get("b").asString()}));
                List<String> hubs = tx.run(RelationType.expand("""
                        MATCH (e:Entity) WITH e, COUNT { (e)-[:EXPLORATION]-() } AS degree WHERE degree > 0
                        RETURN e.id AS id ORDER BY degree DESC, id LIMIT 300""")).list(r -> r.get("id").asString());
                return new ApiBench.Samples(ids, hubs, edges, names);
            });
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Launch `serve` as a new JVM, time launch → /api/health OK, run a few requests, report the"
                    + " peak resident memory (VmHWM), stop it.")
    static final class Start implements Callable<Integer> {
        @Option(names = "--data-dir", required = true, description = "the store to serve")
        Path dataDir;
        @Option(names = "--no-import", description = "serve as it is (for generated graphs)")
        boolean noImport;
        @Option(names = "--jvm-option", description = "extra JVM option for the server, e.g. -Xmx1g (repeatable)")
        List<String> jvmOptions = new ArrayList<>();

        private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

        @Override
        public Integer call() throws Exception {
            Path jar = Path.of(Start.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            List<String> cmd = new ArrayList<>(List.of(javaBin));
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-jar", jar.toString(), "serve", "--port", "0", "--data-dir", dataDir.toString()));
            if (noImport) {
                cmd.add("--no-import");
            }
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try {
                CompletableFuture<Integer> port = new CompletableFuture<>();
                Thread reader = new Thread(() -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            Matcher m = URL.matcher(line);
                            if (m.find()) {
                                port.complete(Integer.parseInt(m.group(1)));
                            }
                        }
                    } catch (Exception e) {
                        port.completeExceptionally(e);
                    }
                    port.completeExceptionally(new IllegalStateException("serve ended without printing its URL"));
                });
                reader.setDaemon(true);
                reader.start();
                int serving = port.get(600, java.util.concurrent.TimeUnit.SECONDS);
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + serving;
                int status = 0;
                while (status != 200) {
                    try {
                        status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (java.io.IOException e) {
                        Thread.sleep(20);
                    }
                }
                long ready = (System.nanoTime() - t0) / 1_000_000;
                for (String path : List.of("/api/graph", "/api/search?q=a", "/api/timeline", "/api/articles", "/api/relation-types")) {
                    for (int i = 0; i < 20; i++) {
                        http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
                    }
                }
                String status2 = Files.readString(Path.of("/proc/" + p.pid() + "/status"));
                System.out.printf(Locale.ROOT, "cold start: JVM launch → /api/health OK in %d ms; after 100 requests: peak RSS"
                        + " (VmHWM) %s, RSS %s%n", ready, field(status2, "VmHWM"), field(status2, "VmRSS"));
            } finally {
                p.destroy();
                p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
                p.destroyForcibly();
            }
            return 0;
        }

        private static String field(String status, String name) {
            Matcher m = Pattern.compile(name + ":\\s*(\\d+) kB").matcher(status);
            return m.find() ? String.format(Locale.ROOT, "%.0f MB", Long.parseLong(m.group(1)) / 1024.0) : "?";
        }
    }
}
