package org.newsgraph.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.TestProcesses;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.graph.GraphChecksum;

/**
 * The data directory fills up or turns read-only under an import (a tmpfs, so it needs root and mount; skipped
 * with a message otherwise). Disk full: Neo4j's transaction log is preallocated, so the commit may still land
 * and only the final store flush fails; the import then stops with one clear line instead of hanging, and after
 * a restart the graph is either the previous one or the whole new one, never something in between. Read-only:
 * the import refuses to start, one clear line, previous graph intact.
 */
class StorageFaultsTest {
    @TempDir
    Path dir;

    @Test
    void diskFullAndReadOnlyDuringImportLeaveThePreviousGraph() throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("mnt"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1g", "tmpfs", mnt.toString()) == 0,
                "cannot mount a tmpfs here (needs root): storage faults not tested");
        try {
            Path data = mnt.resolve("data");
            Path importDir = dir.resolve("import");
            TestPaths.copyTree(TestPaths.importDir(), importDir);
            assertEquals(0, importInto(data, importDir).code());
            GraphChecksum.Summary before = checksum(data);
            for (int i = 0; i < 20; i++) { // new articles: one batch, one transaction
                Path seed = importDir.resolve("articles/000_f6ebf1c77519c4e2.txt");
                Files.writeString(importDir.resolve("articles/copy" + i + ".txt"), Files.readString(seed) + "\nKopie " + i + ".\n");
            }

            Path filler = mnt.resolve("filler");
            fill(filler);
            TestProcesses.Result full = importInto(data, importDir);
            Files.delete(filler);
            GraphChecksum.Summary afterFull = checksum(data);
            if (full.code() == 0) {
                assertEquals(cleanImport(importDir), afterFull, "disk full after the commit: the new graph, whole");
            } else {
                assertTrue(full.output().contains("newsgraph: "), full.output());
                assertTrue(afterFull.equals(before) || afterFull.equals(cleanImport(importDir)),
                        "disk full: the previous graph or the whole new one after recovery, nothing in between:\n" + full.output());
            }
            System.out.println("disk full during import: exit " + full.code() + ", graph after restart "
                    + (afterFull.equals(before) ? "= previous" : "= new folder, recovered from the transaction log"));
            before = afterFull;
            Files.writeString(importDir.resolve("articles/late.txt"), Files.readString(importDir.resolve("articles/copy1.txt")) + "\nSpät.\n");

            assertEquals(0, run("mount", "-o", "remount,ro", mnt.toString()));
            TestProcesses.Result readOnly = importInto(data, importDir);
            assertEquals(0, run("mount", "-o", "remount,rw", mnt.toString()));
            assertNotEquals(0, readOnly.code(), readOnly.output());
            assertTrue(readOnly.output().contains("newsgraph: "), readOnly.output());
            assertTrue(readOnly.output().contains("read-only"), readOnly.output());
            assertEquals(before, checksum(data), "read-only: the previous graph is intact");

            assertEquals(0, importInto(data, importDir).code(), "with room again the import goes through");
            assertNotEquals(before, checksum(data), "the late article is in");
        } finally {
            run("umount", "-l", mnt.toString());
        }
    }

    private static TestProcesses.Result importInto(Path data, Path importDir) throws Exception {
        return TestProcesses.cli(java.util.List.of("-Dnewsgraph.shutdownTimeoutSeconds=20"),
                "import", "--data-dir", data.toString(), "--import-dir", importDir.toString());
    }

    /** The graph a clean import of the folder gives (on the normal disk). */
    private GraphChecksum.Summary cleanImport(Path importDir) throws Exception {
        Path clean = dir.resolve("clean-" + System.nanoTime());
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(clean))) {
            org.newsgraph.db.Schema.apply(db);
            new org.newsgraph.load.ImportService(db, importDir).run(false, s -> { });
            return GraphChecksum.of(db);
        }
    }

    private static GraphChecksum.Summary checksum(Path data) {
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(data))) {
            return GraphChecksum.of(db);
        }
    }

    private static void fill(Path filler) {
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException e) {
            // no space left: what we wanted
        }
    }

    private static int run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
