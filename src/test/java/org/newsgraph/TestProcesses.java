package org.newsgraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Child JVMs on the test class path: the product's CLI, or a stand-alone Neo4j server for fault tests. */
public final class TestProcesses {
    private TestProcesses() {
    }

    public static List<String> java(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        String parses = System.getProperty("newsgraph.parseCacheDir");
        if (parses != null) { // the build's parse cache, so a child does not load the models for parses made before
            cmd.add("-Dnewsgraph.parseCacheDir=" + parses);
        }
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs the CLI in a child JVM to its end; returns exit code and output (stdout and stderr together). */
    public static Result cli(String... args) throws IOException, InterruptedException {
        return cli(List.of(), args);
    }

    /**
     * How long a child may take before it counts as hung. Its end is the event waited for; this only stops a hang.
     * 180 s was not enough on a busy 2-core machine (a CLI import under a load average of 15-19 took longer).
     */
    public static final Duration HANG_GUARD = Duration.ofMinutes(10);

    /** As {@link #cli(String...)} with extra JVM options (-D…) before the main class. */
    public static Result cli(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(java("org.newsgraph.cli.Main", args));
        cmd.addAll(1, jvmOptions);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p));
        if (!p.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("child did not finish in " + HANG_GUARD.toSeconds() + " s: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), out.join());
    }

    public record Result(int code, String output) {
    }

    /** Starts a child and waits until a line of its output contains {@code ready}. */
    public static Process startAndAwait(List<String> command, String ready, Duration timeout) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.contains(ready)) {
                        CompletableFuture.runAsync(() -> drain(r));
                        return true;
                    }
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        });
        try {
            if (Boolean.TRUE.equals(seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS))) {
                return p;
            }
        } catch (Exception e) {
            // reported below
        }
        p.destroyForcibly();
        throw new IllegalStateException("child never printed '" + ready + "': " + String.join(" ", command));
    }

    private static void drain(BufferedReader r) {
        try {
            while (r.readLine() != null) {
                // keep the pipe empty
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    private static String read(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
