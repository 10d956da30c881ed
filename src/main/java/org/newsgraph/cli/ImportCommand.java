package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.load.ImportReport;
import org.newsgraph.load.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import}: brings the graph in line with the import folder and prints a report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load the articles of IMPORT-DIR/articles into the graph and print a report.",
                "Only new or changed articles are re-read (content hashes); removed ones are taken out.",
                "Exit code 0: all files imported; 3: some files were skipped (listed with reasons)."})
public final class ImportCommand extends ConnectedCommand {
    @Mixin
    ImportDirOption importDir = new ImportDirOption();

    @Option(names = "--force", description = "re-read every article, changed or not")
    boolean force;

    @Override
    protected int run(Neo4jConnection conn) throws Exception {
        Schema.apply(conn);
        ImportReport report = new ImportService(conn, importDir.path()).run(force, System.out::println);
        System.out.println(report.summary());
        for (SkippedFile s : report.skipped()) {
            System.err.println("skipped " + s);
        }
        return report.skipped().isEmpty() ? 0 : 3;
    }
}
