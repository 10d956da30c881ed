package org.newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.TestProcesses;
import org.newsgraph.graph.GraphChecksum;

/** kill -9 during an import, then import again: the graph equals a clean import (checksum). */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void killedImportResumesToTheCleanGraph() throws Exception {
        Path importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir);
        multiply(importDir.resolve("articles"), 25); // 130 articles: two batches of the loader

        Process child = new ProcessBuilder(javaCommand(dir.resolve("crashed"), importDir)).redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("loaded ")) {
                    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(seen.stream().anyMatch(l -> l.startsWith("loaded ")), "child was killed mid-import: " + seen);

        GraphChecksum.Summary resumed;
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("crashed")))) {
            Schema.apply(db);
            ImportReport r = new ImportService(db, importDir).run(false, s -> { });
            assertTrue(r.unchanged() > 0 && r.loaded() > 0, "some articles were committed before the kill: " + r.summary());
            resumed = GraphChecksum.of(db);
        }
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("clean")))) {
            Schema.apply(db);
            new ImportService(db, importDir).run(false, s -> { });
            assertEquals(GraphChecksum.of(db), resumed);
        }
    }

    /** n copies of every seed article under new names, so the import runs several batches. */
    private static void multiply(Path articles, int n) throws Exception {
        List<Path> seeds;
        try (var s = Files.list(articles)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        for (int i = 0; i < n; i++) {
            for (Path seed : seeds) {
                Files.writeString(articles.resolve("copy" + i + "_" + seed.getFileName()),
                        Files.readString(seed) + "\nKopie " + i + ".\n");
            }
        }
    }

    private static List<String> javaCommand(Path data, Path importDir) {
        // --verbose: the per-batch "loaded …" lines, the moment to kill the child at, are the verbose ones
        return TestProcesses.java("org.newsgraph.cli.Main", "import", "--verbose", "--data-dir", data.toString(),
                "--import-dir", importDir.toString());
    }
}
