package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestApp;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportFiles;

/**
 * {@code export} on the seed graph (reached over Bolt, as an external server): in every format the counts it prints
 * are those of the file it wrote, and the file holds internal fields only with {@code --internal}.
 */
@org.junit.jupiter.api.parallel.Isolated("swaps System.out and System.err")
class ExportCommandTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @TempDir
    Path dir;

    private InProcessCli.Run export(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(app.boltOptions());
        all.addAll(List.of(args));
        return InProcessCli.run(all.toArray(String[]::new));
    }

    private static final Pattern WROTE = Pattern.compile("(?m)^wrote (.+?) \\((\\w+)\\): (.+)$");

    @Test
    void theCountsItPrintsAreThoseOfTheFileAndInternalFieldsOnlyWhenAsked() throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            for (boolean internal : new boolean[] {false, true}) {
                Path file = dir.resolve("putin-" + internal + "." + f.extension());
                List<String> args = new ArrayList<>(List.of("--format", f.name().toLowerCase(), "--entity", "Putin", "--hops", "1",
                        "-o", file.toString()));
                if (internal) {
                    args.add("--internal");
                }
                InProcessCli.Run run = export(args.toArray(String[]::new));
                assertEquals(0, run.code(), run.err());
                Matcher m = WROTE.matcher(run.err());
                assertTrue(m.find(), run.err());
                assertEquals(file.toString(), m.group(1));
                assertEquals(f.name().toLowerCase(), m.group(2));
                ExportFiles.Read read = ExportFiles.read(f, Files.readAllBytes(file));
                assertEquals(read.counts().describe(), m.group(3), f + ": the counts printed are of the file");
                assertEquals(read.summary(), m.group(3), f + ": and the file's header says the same");
                assertEquals(!internal, read.publicOnly(), f + (internal ? " with" : " without") + " --internal: " + read.fields());
            }
        }
        InProcessCli.Run stdout = export("--format", "cypher", "--entity", "sergei_lavrov", "--hops", "0", "-o", "-");
        assertEquals(0, stdout.code(), stdout.err());
        assertTrue(stdout.err().contains("wrote stdout (cypher): 1 entity, 0 relations, 0 claims, 0 sentences, 0 articles (1 node, 0 relationships)"),
                stdout.err());
        assertTrue(stdout.out().startsWith("// newsgraph export: neighbourhood of sergei_lavrov within 0 hops\n"), stdout.out());
    }
}
