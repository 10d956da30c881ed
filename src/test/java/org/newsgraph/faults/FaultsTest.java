package org.newsgraph.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.TestProcesses;
import org.newsgraph.app.Application;
import org.newsgraph.db.DatabaseException;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.graph.GraphChecksum;

/** Faults against real processes: a locked data directory, a busy port, an external server that fails. */
class FaultsTest {
    @TempDir
    Path dir;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aLockedDataDirectoryIsAClearErrorAndNothingIsCorrupted() throws Exception {
        Path data = dir.resolve("data");
        try (Application app = Application.start(DbSettings.embedded(data), TestPaths.importDir(), TestPaths.web(), "127.0.0.1", 0, s -> { })) {
            GraphChecksum.Summary before = GraphChecksum.of(app.db());
            // a run file names the server (see BesideServerTest); without it, the store's own lock is what a second
            // process meets, as with a server of an older version or one started by other means
            java.nio.file.Files.delete(data.resolve("newsgraph.run"));
            TestProcesses.Result second = TestProcesses.cli("import", "--data-dir", data.toString(), "--import-dir",
                    TestPaths.importDir().toString());
            assertNotEquals(0, second.code());
            assertTrue(second.output().contains("is another newsgraph using this --data-dir"), second.output());
            assertTrue(!second.output().contains("ANTLR"), "no library noise: " + second.output());
            assertTrue(!second.output().contains("\tat "), "one line, no stack trace: " + second.output());
            assertEquals(before, GraphChecksum.of(app.db()));
        }
    }

    @Test
    void aPortInUseIsNamedInTheError() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();
            Exception e = assertThrows(IllegalStateException.class, () -> Application.start(DbSettings.embedded(dir.resolve("p")),
                    TestPaths.importDir(), TestPaths.web(), "127.0.0.1", port, s -> { }).close());
            assertTrue(e.getMessage().contains("127.0.0.1:" + port) && e.getMessage().contains("already in use"), e.getMessage());
            // the port is tried before the database: nothing was created or opened
            assertTrue(!java.nio.file.Files.exists(dir.resolve("p")), "no store for a server that cannot listen");
            TestProcesses.Result cli = TestProcesses.cli("serve", "--data-dir", dir.resolve("p").toString(), "--port", String.valueOf(port),
                    "--import-dir", TestPaths.importDir().toString(), "--web-dir", TestPaths.web().toString());
            assertEquals(2, cli.code(), cli.output());
            assertTrue(cli.output().contains("cannot listen on 127.0.0.1:" + port), cli.output());
        }
    }

    @Test
    void externalServerWrongPasswordUnreachableAndLostConnection() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String uri = "bolt://127.0.0.1:" + port;
        // nobody listens yet: a clear error
        DatabaseException down = assertThrows(DatabaseException.class,
                () -> Neo4jConnection.open(new DbSettings(dir, uri, "neo4j", "x", null)));
        assertTrue(down.getMessage().startsWith("cannot connect to Neo4j at " + uri), down.getMessage());
        Path store = dir.resolve("external");
        Process server = startServer(store, port);
        try {
            DatabaseException wrong = assertThrows(DatabaseException.class,
                    () -> Neo4jConnection.open(new DbSettings(dir, uri, "neo4j", "not-the-password", null)));
            assertTrue(wrong.getMessage().contains("unauthorized") || wrong.getMessage().contains("authentication"), wrong.getMessage());
            TestProcesses.Result cli = TestProcesses.cli("import", "--neo4j-uri", uri, "--neo4j-password", "not-the-password",
                    "--import-dir", TestPaths.importDir().toString());
            assertEquals(2, cli.code(), cli.output());
            assertTrue(cli.output().contains("newsgraph: cannot connect to Neo4j at " + uri), cli.output());

            try (Application app = Application.start(new DbSettings(dir, uri, "neo4j", "the-password-123", null),
                    TestPaths.importDir(), TestPaths.web(), "127.0.0.1", 0, s -> { })) {
                // the start's structure measures are written first: their write makes answers kept before it stale
                assertTrue(app.structure().awaitIdle(600_000), "structure measures of the start computed");
                assertEquals(200, search(app).statusCode());
                server.destroyForcibly().waitFor();
                // an answer kept from before the loss is still given; anything that needs the database says it is gone
                assertEquals(200, search(app).statusCode(), "a kept answer");
                HttpResponse<String> lost = search(app, "Kim");
                assertEquals(503, lost.statusCode(), lost.body());
                assertTrue(lost.body().contains("\"error\":\"database unavailable\""), lost.body());
                server = startServer(store, port);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                int status = 0;
                while (System.nanoTime() < deadline && (status = search(app, "Kim").statusCode()) != 200) {
                    Thread.sleep(500);
                }
                assertEquals(200, status, "the API recovers when the database is back");
            }
        } finally {
            server.destroyForcibly().waitFor();
        }
    }

    private static Process startServer(Path store, int port) throws Exception {
        Files.createDirectories(store);
        return TestProcesses.startAndAwait(TestProcesses.java(StandaloneNeo4j.class.getName(), store.toString(),
                String.valueOf(port), "the-password-123"), "READY", TestProcesses.HANG_GUARD);
    }

    private static HttpResponse<String> search(Application app) throws Exception {
        return search(app, "Putin");
    }

    private static HttpResponse<String> search(Application app, String text) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/search?q=" + text))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
