package org.newsgraph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.app.Application;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportService;
import org.newsgraph.model.Problem;
import org.newsgraph.query.QueryParams;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: writes a neighbourhood or a query's result, with evidence, in one of the export formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a subgraph with its evidence: entities' neighbourhood or a read-only query's result.",
                "--entity (with --hops) exports the neighbourhood of entities; --query what a read-only query returns.",
                "Formats: cyjs, json, graphml, gexf, csv (entities, relations and claims as CSV files in a zip), cypher.",
                "Without --internal the file holds no internal fields; what it holds is counted on stderr.",
                "Exit codes: 0 written; 2 bad input; 4 refused query; 5 stopped query."})
public final class ExportCommand extends ConnectedCommand {
    @Mixin
    QueryLimitOptions limits = new QueryLimitOptions();

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "cyjs, json, graphml, gexf, csv (a zip) or cypher; zip is taken for csv")
    String format;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--entity", paramLabel = "ID_OR_NAME", required = true,
                description = "an entity by id (vladimir_putin) or name/alias (Putin); repeatable")
        List<String> entities = new ArrayList<>();

        @Option(names = "--query", paramLabel = "CYPHER", required = true, description = "a read-only query whose result to export")
        String query;
    }

    @Option(names = "--hops", defaultValue = "1", description = "with --entity: relations away from them, 0-5 (default: ${DEFAULT-VALUE})")
    int hops;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "with --query: a parameter (JSON or text)")
    List<String> params = new ArrayList<>();

    @Option(names = "--internal", description = "also the store's internal fields (an entity's degree, ranked and pairs kept for views, "
            + "an article's file and hash, a claim's rule and score, …); without it only what elements say and where it was read")
    boolean internal;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default: the format's file name in the current folder; - for stdout)")
    String output;

    private ExportFormat parsed;

    @Override
    protected void check() {
        try {
            parsed = ExportFormat.parse(format.equalsIgnoreCase("zip") ? "csv" : format);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("bad format", e.getMessage());
        }
    }

    @Override
    protected int run(Neo4jConnection conn) throws Exception {
        ExportService exports = Application.services(conn, limits.limits(), List.of()).exports();
        ExportService.Options options = new ExportService.Options(null, internal, null);
        ExportService.Export e = source.query != null
                ? exports.query(source.query, QueryParams.fromPairs(params), parsed, options)
                : exports.neighbourhood(source.entities, hops, parsed, options);
        String where;
        if ("-".equals(output)) {
            OutputStream out = System.out;
            out.write(e.bytes());
            out.flush();
            where = "stdout";
        } else {
            Path file = Path.of(output == null ? e.fileName() : output);
            Files.write(file, e.bytes());
            where = file.toString();
        }
        System.err.println("wrote " + where + " (" + parsed.name().toLowerCase(java.util.Locale.ROOT) + "): " + e.counts().describe());
        return 0;
    }
}
