package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.TestProcesses;

/**
 * Progress as a user sees it: the reporter alone (a fake clock, a terminal and a pipe), and the CLI in child
 * processes, whose stderr is a pipe (no terminal), so their lines must be plain.
 */
class ProgressTest {
    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private Progress progress(boolean live, Progress.Level level) {
        return new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), live, level, now::get);
    }

    private void advanceMillis(long millis) {
        now.addAndGet(millis * 1_000_000);
    }

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What a terminal shows in the end: each \r returns to the line's start, later characters overwrite. */
    private static List<String> screen(String written) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int col = 0;
        for (char c : written.toCharArray()) {
            if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                col = 0;
            } else {
                if (col < line.length()) {
                    line.setCharAt(col, c);
                } else {
                    line.append(c);
                }
                col++;
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Steps and counts as one import reports them: Neo4j, a count with models loading inside it, a skipped file. */
    private void anImport(Progress p) {
        p.begin("starting Neo4j");
        advanceMillis(1500);
        p.end("Neo4j started");
        p.detail("embedded Neo4j started in 1500 ms, store x, Bolt y");
        p.articlesRead(0, 5, 0);
        p.begin("loading German models (≈ 10 s)");
        advanceMillis(1000);
        p.end("German models loaded");
        p.articlesRead(1, 5, 40);          // 1 s after the last count line: too soon for a plain line
        advanceMillis(2000);
        p.warn("skipped empty.txt: empty");
        p.articlesRead(2, 5, 100);         // 3 s in: due
        advanceMillis(50);
        p.articlesRead(3, 5, 150);         // 50 ms later: too soon even for a terminal
        advanceMillis(3000);
        p.articlesRead(5, 5, 250);         // the last one is always shown
        p.settle();
    }

    @Test
    void intoAPipeTheLinesArePlainThrottledAndWhole() {
        anImport(progress(false, Progress.Level.NORMAL));
        String out = written();
        assertFalse(out.contains("\r"), out);
        assertEquals(List.of("starting Neo4j…", "Neo4j started in 1.5 s.", "importing 5 articles…",
                "loading German models (≈ 10 s)…", "German models loaded in 1.0 s.", "skipped empty.txt: empty",
                "importing 5 articles: 2/5 · 33 sentences/s · about 5 s left",
                "5 articles read in 6.1 s (41 sentences/s)."), out.lines().toList());
    }

    @Test
    void onATerminalOneLiveLineOverwritesItselfAndFinishedStepsStay() {
        anImport(progress(true, Progress.Level.NORMAL));
        String out = written();
        assertTrue(out.contains("\rimporting 5 articles: 2/5 · 33 sentences/s · about 5 s left"), out);
        // what stays on the screen: finished steps and lines, no half-drawn live line
        assertEquals(List.of("Neo4j started in 1.5 s.", "German models loaded in 1.0 s.", "skipped empty.txt: empty",
                "5 articles read in 6.1 s (41 sentences/s)."), screen(out));
    }

    @Test
    void quietShowsOnlyWarningsVerboseAddsTheDetail() {
        anImport(progress(false, Progress.Level.QUIET));
        assertEquals(List.of("skipped empty.txt: empty"), written().lines().toList());
        bytes.reset();
        anImport(progress(false, Progress.Level.VERBOSE));
        assertTrue(written().contains("embedded Neo4j started in 1500 ms"), written());
        assertTrue(written().contains("importing 5 articles: 2/5"), written());
    }

    /** A lambda callback (tests, the server's API imports) still gets every event as a line, as before. */
    @Test
    void aPlainCallbackGetsTheEventsAsLines() {
        List<String> lines = new ArrayList<>();
        org.newsgraph.model.ProgressEvents e = org.newsgraph.model.ProgressEvents.of(lines::add);
        e.begin("starting Neo4j");
        e.end("Neo4j started", 12_345);
        e.warn("skipped x");
        e.detail("loaded 3 articles");
        e.articlesRead(1, 3, 10);
        assertEquals(List.of("starting Neo4j…", "Neo4j started in 12.3 s", "skipped x", "loaded 3 articles"), lines);
    }

    @Test
    void aFolderImportAsAChildPrintsPlainProgressAndEndsWithTheReportQuietOnlyTheReport() throws Exception {
        Path data = dir.resolve("data");
        String[] args = {"import", "--import-dir", TestPaths.importDir().toString(), "--data-dir", data.toString()};
        TestProcesses.Result quiet = TestProcesses.cli(with(args, "--quiet"));
        assertEquals(0, quiet.code(), quiet.output());
        assertEquals(List.of(), quiet.output().lines().filter(l -> l.contains("Neo4j") || l.contains("importing")
                || l.contains("models") || l.contains("read in") || l.contains("curation:")).toList(), quiet.output());
        assertTrue(quiet.output().contains("import: 5 articles in folder — 5 loaded"), quiet.output());

        TestProcesses.Result r = TestProcesses.cli(with(args, "--force")); // reads them all again
        String out = r.output();
        assertEquals(0, r.code(), out);
        assertFalse(out.contains("\r"), "no \\r into a pipe: " + out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.contains("starting Neo4j…"), out);
        assertTrue(lines.stream().anyMatch(l -> l.matches("Neo4j started in [\\d.]+ s\\.")), out);
        assertTrue(lines.contains("importing 5 articles…"), out);
        assertTrue(lines.stream().anyMatch(l -> l.matches("5 articles read in [\\d.]+ s \\(\\d+ sentences/s\\)\\.")), out);
        assertFalse(out.contains("loaded 5 articles"), "the batch lines are --verbose's: " + out);
        // the report comes last: the summary, then the size of the data directory
        assertTrue(lines.get(lines.size() - 2).startsWith("import: 5 articles in folder — 5 loaded"), out);
        assertTrue(lines.get(lines.size() - 1).startsWith("data directory "), out);
    }

    @Test
    void serveShowsItsStepsOnStderrAndTheUrlLastOnStdout() throws Exception {
        List<String> cmd = TestProcesses.java("org.newsgraph.cli.Main", "serve", "--port", "0", "--no-import",
                "--data-dir", dir.resolve("data").toString(), "--import-dir", TestPaths.importDir().toString(),
                "--web-dir", TestPaths.web().toString());
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        List<String> stdout = new ArrayList<>();
        try {
            // the URL line is the event: read stdout until it comes (or the child ends)
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                stdout.add(line);
                if (line.startsWith("newsgraph is serving http://127.0.0.1:")) {
                    // SIGTERM (the shutdown hook closes the store); through the handle, which leaves the pipes open
                    // to their end, unlike Process.destroy, so whatever came after the URL would be read too
                    p.toHandle().destroy();
                }
            }
        } finally {
            if (!p.waitFor(TestProcesses.HANG_GUARD.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        String progress = err.join();
        assertEquals(1, stdout.size(), "only the URL on stdout: " + stdout + "\n" + progress);
        assertTrue(stdout.get(0).matches("newsgraph is serving http://127\\.0\\.0\\.1:\\d+/ {2}\\(Ctrl-C stops it\\)"), stdout.get(0));
        assertFalse(progress.contains("\r"), progress);
        List<String> lines = progress.lines().toList();
        int started = indexOf(lines, "Neo4j started in ");
        int ready = indexOf(lines, "ready in ");
        assertTrue(lines.get(0).startsWith("building a new store in ") && lines.get(0).endsWith(" and starting Neo4j…"), progress);
        assertTrue(started > 0 && lines.contains("serving the graph as it is (no import)") && ready > started, progress);
        assertTrue(lines.contains("stopped cleanly"), progress);
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] with(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }

    private static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
