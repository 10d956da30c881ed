package org.newsgraph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportService;
import org.newsgraph.export.SubgraphReader;
import org.newsgraph.graph.ExploreQueries;
import org.newsgraph.graph.GraphQueries;
import org.newsgraph.query.QueryError;
import org.newsgraph.query.QueryParams;
import org.newsgraph.query.QueryService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: writes a neighbourhood or a query's result, with evidence, in one of the export formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a subgraph with its evidence: the neighbourhood of entities (--entity, --hops) or what a",
                "read-only query returns (--query).",
                "Formats: cyjs, json, graphml, gexf, zip (neo4j-admin CSV), cypher.",
                "Exit codes: 0 written; 2 bad input; 4 refused query; 5 stopped query."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    DbOptions db = new DbOptions();

    @Mixin
    QueryLimitOptions limits = new QueryLimitOptions();

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "cyjs, json, graphml, gexf, csv (a zip) or cypher")
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default: the format's file name in the current folder; - for stdout)")
    String output;

    @Override
    public Integer call() throws Exception {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format.equalsIgnoreCase("zip") ? "csv" : format);
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph export: " + e.getMessage());
            return 2;
        }
        try (Neo4jConnection conn = Neo4jConnection.open(db.settings())) {
            GraphQueries graph = new GraphQueries(conn);
            ExportService exports = new ExportService(new SubgraphReader(conn), new ExploreQueries(conn, graph),
                    new QueryService(conn, limits.limits()));
            ExportService.Export e = source.query != null
                    ? exports.query(source.query, QueryParams.fromPairs(params), f)
                    : exports.neighbourhood(source.entities, hops, f);
            if ("-".equals(output)) {
                OutputStream out = System.out;
                out.write(e.bytes());
                out.flush();
            } else {
                Path file = Path.of(output == null ? e.fileName() : output);
                Files.write(file, e.bytes());
                System.err.println("wrote " + file + ": " + e.nodes() + " nodes, " + e.relationships() + " relationships ("
                        + f.description() + ")");
            }
            return 0;
        } catch (ExportService.ExportError e) {
            System.err.println("newsgraph export: " + e.getMessage());
            return 2;
        } catch (QueryError e) {
            System.err.println("newsgraph export: " + e.kind().label + ": " + e.getMessage());
            return e.kind().exitCode;
        }
    }
}
