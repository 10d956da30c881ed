package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.TestProcesses;
import org.newsgraph.export.ExportFormat;
import picocli.CommandLine;

/** What a newcomer meets first: serve's options without 'serve', a busy port, an empty import, the help. */
class FirstRunTest {
    @TempDir
    Path dir;

    @Test
    void aBusyPortIsRefusedAtOnceWithoutAStoreAlsoWithoutTheServeWord() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Path data = dir.resolve("data");
            long t0 = System.nanoTime();
            TestProcesses.Result r = TestProcesses.cli("--port", String.valueOf(busy.getLocalPort()), "--data-dir", data.toString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(2, r.code(), r.output());
            assertTrue(r.output().contains("cannot listen on 127.0.0.1:" + busy.getLocalPort()
                    + ": the port is already in use"), r.output());
            assertFalse(r.output().contains("Unknown option"), r.output());
            // "at once" as an order of events, not a clock: refused before Neo4j (13-50 s here) was started at all
            assertFalse(r.output().contains("Neo4j started") || r.output().contains("org.neo4j"), r.output());
            assertFalse(Files.exists(data), "no store is created for a server that cannot listen");
            // the time is a figure, not a test: a child JVM's start alone varies from 0.4 to 2.3 s on 2 busy cores
            System.out.println("busy port refused in " + ms + " ms from process start to exit");
        }
    }

    @Test
    void optionsWithoutASubcommandGoToServeAndSubcommandsStillWork() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        // serve rejects the one it does not know: the --port before it was taken as serve's
        assertEquals(2, cli.execute("--port", "7291", "--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
        assertFalse(err.toString().contains("'--port'") || err.toString().contains("'7291'"), err.toString());
        StringWriter typo = new StringWriter();
        CommandLine again = Main.commandLine();
        again.setErr(new PrintWriter(typo));
        assertEquals(2, again.execute("imprt"));
        assertTrue(typo.toString().contains("unknown command 'imprt'; the commands are serve, import"), typo.toString());
        assertEquals(0, Main.commandLine().execute("query", "--help"));
        assertEquals(0, Main.commandLine().execute("--version"));
    }

    @Test
    void everyHelpParagraphIsAWholeSentence() {
        checkHelp(Main.commandLine());
    }

    private static void checkHelp(CommandLine cmd) {
        if (cmd.getCommand() instanceof CommandLine.HelpCommand) {
            return; // picocli's own
        }
        for (String paragraph : cmd.getCommandSpec().usageMessage().description()) {
            String text = paragraph.strip();
            assertTrue(text.endsWith(".") && !text.contains("\n"),
                    cmd.getCommandName() + ": a description line must be a whole sentence or paragraph: '" + text + "'");
        }
        cmd.getSubcommands().values().stream().filter(c -> c != cmd).forEach(FirstRunTest::checkHelp);
    }

    @Test
    void exportHelpListsTheFormatsThatFormatTakes() {
        CommandLine export = Main.commandLine().getSubcommands().get("export");
        String formats = String.join(" ", export.getCommandSpec().usageMessage().description());
        String option = String.join(" ", export.getCommandSpec().findOption("--format").description());
        for (String name : ExportFormat.names().split(", ")) {
            assertTrue(formats.contains(name) && option.contains(name), name + " in: " + formats + " / " + option);
        }
        assertFalse(formats.contains("zip ("), formats);
    }

    @Test
    void anImportReportNamesEachSkippedFileOnceInWholeWords() throws Exception {
        Path importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir); // the rules and gazetteer; the articles are replaced
        try (java.util.stream.Stream<Path> seeds = Files.list(importDir.resolve("articles"))) {
            for (Path seed : seeds.filter(Files::isRegularFile).toList()) {
                Files.delete(seed);
            }
        }
        Files.writeString(importDir.resolve("articles").resolve("empty.txt"), "");
        Path data = dir.resolve("data");
        TestProcesses.Result r = TestProcesses.cli("import", "--import-dir", importDir.toString(), "--data-dir", data.toString());
        assertEquals(3, r.code(), r.output());
        String out = r.output();
        assertEquals(1, out.split("skipped empty.txt", -1).length - 1, "named once: " + out);
        assertTrue(out.contains("import: 1 article in folder"), out);
        assertFalse(out.contains("1 articles") || out.contains("0.00 MB/s"), out);
        assertTrue(out.matches("(?s).*data directory " + java.util.regex.Pattern.quote(data.toString()) + ": \\d+\\.\\d MB.*"), out);
        assertNotEquals(0, org.newsgraph.db.StoreSize.bytes(data));
    }
}
