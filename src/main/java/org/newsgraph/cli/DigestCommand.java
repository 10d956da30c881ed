package org.newsgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.export.DigestReport;
import org.newsgraph.graph.DigestQueries;
import org.newsgraph.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code digest}: what changed since a day — new entities, new and changed relations — as Markdown or HTML. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"Write a briefing of what changed in the graph since a day.",
                "It lists entities first named since, relations first reported since, and relations whose status or"
                        + " number of claims changed, each with its newest evidence.",
                "Exit codes: 0 ok; 2 a date that is not one, or in the future."})
public final class DigestCommand extends ConnectedCommand {
    @Option(names = "--since", required = true, paramLabel = "YYYY-MM-DD", description = "from this day on (inclusive)")
    String since;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here (default: standard output)")
    Path output;

    @Option(names = "--format", description = "md or html (default: from the file name, else md)")
    String format;

    @Override
    protected void check() {
        String day = org.newsgraph.model.Days.past(since, "--since", "bad date");
        if (!since.equals(day)) { // blank, or blanks around the date
            throw Problem.invalid("bad date", "--since is a date written YYYY-MM-DD, not '" + since + "'");
        }
        if (format != null && !format.equals("md") && !format.equals("html")) {
            throw Problem.invalid("bad format", "--format is md or html");
        }
    }

    @Override
    protected int run(Neo4jConnection conn) throws Exception {
        DigestQueries.Digest d = new DigestQueries(conn).since(since);
        boolean html = "html".equals(format) || (format == null && output != null && output.toString().endsWith(".html"));
        String text = html ? DigestReport.html(d) : DigestReport.markdown(d);
        if (output == null) {
            System.out.print(text);
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            System.out.println("wrote " + output + ": " + d.entities().size() + " new entities, " + d.edges().size()
                    + " new or changed relations since " + since);
        }
        return 0;
    }
}
