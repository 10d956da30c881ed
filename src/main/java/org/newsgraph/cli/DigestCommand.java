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
                "It lists the entities first named since (those the gazetteer knows, named twice or more, or reviewed),"
                        + " relations first reported since, and relations whose status or number of claims changed,"
                        + " each with its newest evidence. In HTML every item links to its view in the page and to its"
                        + " article.",
                "Exit codes: 0 ok; 2 a date that is not one, or in the future, or a page address that is no web address."})
public final class DigestCommand extends ConnectedCommand {
    static final String DEFAULT_PAGE = "http://127.0.0.1:7070/";

    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "from this day on (inclusive); default: the first publication day of the last import's articles")
    String since;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here (default: standard output)")
    Path output;

    @Option(names = "--format", description = "md or html (default: from the file name, else md)")
    String format;

    @Option(names = "--page", paramLabel = "URL", description = "the page the HTML briefing links to (default: the"
            + " address of the server running on the data directory, else " + DEFAULT_PAGE + ")")
    String page;

    @Override
    protected void check() {
        if (since != null) {
            String day = org.newsgraph.model.Days.past(since, "--since", "bad date");
            if (!since.equals(day)) { // blank, or blanks around the date
                throw Problem.invalid("bad date", "--since is a date written YYYY-MM-DD, not '" + since + "'");
            }
        }
        if (format != null && !format.equals("md") && !format.equals("html")) {
            throw Problem.invalid("bad format", "--format is md or html");
        }
        if (page != null && org.newsgraph.model.WebUrls.webOrNull(page) == null) {
            throw Problem.invalid("bad page", "--page is the page's web address, http(s)://host:port/");
        }
    }

    @Override
    protected int run(Neo4jConnection conn) throws Exception {
        DigestQueries queries = new DigestQueries(conn);
        DigestQueries.Digest d = since == null ? queries.sinceLastImport() : queries.since(since);
        boolean html = "html".equals(format) || (format == null && output != null && output.toString().endsWith(".html"));
        String text = html ? DigestReport.html(d, page()) : DigestReport.markdown(d);
        if (output == null) {
            System.out.print(text);
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            System.out.println("wrote " + output + ": " + d.entities().size() + " new entities, " + d.edges().size()
                    + " new or changed relations since " + d.since() + (since == null ? " (the last import)" : ""));
        }
        return 0;
    }

    /** Where the briefing's links go: --page, else the page of a server running on the data directory, else the default. */
    private String page() {
        if (page != null) {
            return page;
        }
        org.newsgraph.db.DbSettings settings = db.settings();
        return settings.external() ? DEFAULT_PAGE
                : org.newsgraph.db.RunFile.live(settings.dataDir()).map(org.newsgraph.db.RunFile::http).orElse(DEFAULT_PAGE);
    }
}
