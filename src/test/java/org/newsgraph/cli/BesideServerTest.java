package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.TestProcesses;
import org.newsgraph.db.RunFile;

/**
 * Commands given the data directory of a running server: reads go through the server's store instead of failing on
 * its lock, writes are refused with the server's address, and a run file left by a dead server is ignored.
 */
class BesideServerTest {
    @TempDir
    Path dir;

    private static InProcessCli.Run cli(String... args) {
        return InProcessCli.run(args);
    }

    @Test
    void readsGoThroughTheRunningServerAndWritesAreRefused() throws Exception {
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

            InProcessCli.Run imp = cli("import", "--data-dir", data.toString(), "--import-dir", TestPaths.importDir().toString());
            assertEquals(4, imp.code(), imp.err());
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
