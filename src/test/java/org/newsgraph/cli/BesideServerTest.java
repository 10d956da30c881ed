package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.GermanText;
import org.newsgraph.TestPaths;
import org.newsgraph.TestProcesses;
import org.newsgraph.db.RunFile;

/**
 * Commands given the data directory of a running server: reads go through the server's store instead of failing on
 * its lock, files to import go through its API, other writes are refused with the server's address, and a run file
 * left by a dead server is ignored.
 */
class BesideServerTest {
    @TempDir
    Path dir;

    private static InProcessCli.Run cli(String... args) {
        return InProcessCli.run(args);
    }

    @Test
    void readsAndImportsGoThroughTheRunningServerOtherWritesAreRefused() throws Exception {
        Path data = dir.resolve("data");
        List<String> serve = TestProcesses.java("org.newsgraph.cli.Main", "serve", "--port", "0", "--no-import",
                "--data-dir", data.toString(), "--import-dir", TestPaths.importDir().toString(),
                "--web-dir", TestPaths.web().toString());
        Process server = TestProcesses.startAndAwait(serve, "newsgraph is serving http://", TestProcesses.HANG_GUARD);
        try {
            RunFile run = RunFile.live(data).orElseThrow(() -> new AssertionError("no run file in " + data));
            assertEquals(server.pid(), run.pid());
            assertTrue(run.http().startsWith("http://127.0.0.1:") && run.bolt().startsWith("bolt://127.0.0.1:"), run.toString());

            InProcessCli.Run read = cli("query", "--data-dir", data.toString(), "MATCH (n) RETURN count(n) AS nodes", "--format", "json");
            assertEquals(0, read.code(), read.err());
            assertTrue(read.out().contains("nodes"), read.out());
            System.out.println("query beside a running server answered in " + read.millis() + " ms");

            InProcessCli.Run write = cli("query", "--data-dir", data.toString(), "CREATE (:Scratch)", "--allow-writes");
            assertEquals(4, write.code(), write.err());
            assertTrue(write.err().contains("a server (pid " + server.pid() + ")") && write.err().contains(run.http()), write.err());

            InProcessCli.Run sync = cli("import", "--data-dir", data.toString(), "--import-dir", TestPaths.importDir().toString());
            assertEquals(4, sync.code(), sync.err()); // the folder sync is the store's own work: refused, with the address

            // files go through the server's API, with their sidecar's metadata: its page and answers have them at once
            Path folder = dir.resolve("new");
            Files.createDirectories(folder.resolve("meta"));
            Files.writeString(folder.resolve("bericht.txt"), GermanText.article(4, System.nanoTime()));
            Files.writeString(folder.resolve("meta/bericht.json"), "{\"title\": \"Ein Bericht von nebenan\", "
                    + "\"outlet\": \"Testblatt\", \"published\": \"2024-06-20\"}");
            Files.writeString(folder.resolve("leer.txt"), " ");
            InProcessCli.Run imp = cli("import", "--data-dir", data.toString(), folder.toString());
            assertEquals(3, imp.code(), imp.err()); // one skipped: the empty file
            assertTrue(imp.out().contains("1 article imported through the server at " + run.http()), imp.out());
            assertTrue(imp.err().contains("skipped") && imp.err().contains("leer.txt"), imp.err());
            String listed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(run.http().replaceAll("/$", "")
                    + "/api/articles")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(listed.contains("\"bericht.txt\"") && listed.contains("Ein Bericht von nebenan")
                    && listed.contains("Testblatt"), listed);
        } finally {
            server.toHandle().destroy(); // SIGTERM: the shutdown hook closes the store and removes the run file
            if (!server.waitFor(TestProcesses.HANG_GUARD.toSeconds(), TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        assertTrue(Files.notExists(data.resolve("newsgraph.run")), "a stopped server leaves no run file");
    }

    @Test
    void aRunFileOfADeadProcessIsIgnored() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("newsgraph.run"), "{\"pid\": " + gone.pid()
                + ", \"http\": \"http://127.0.0.1:1/\", \"bolt\": \"bolt://127.0.0.1:1\"}");
        assertTrue(RunFile.live(dir).isEmpty());
        Files.writeString(dir.resolve("newsgraph.run"), "{torn");
        assertTrue(RunFile.live(dir).isEmpty());
    }
}
