package org.newsgraph.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.Problem;
import org.newsgraph.query.QueryParams;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryService;
import org.newsgraph.query.ScriptStatements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: runs one Cypher query with the console's read-only rules and limits, prints the answer. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run one Cypher query against the graph (embedded or --neo4j-uri) and print the answer.",
                "Read-only like the web console unless --allow-writes: writes, schema and admin commands, LOAD CSV"
                        + " and DBMS procedures are refused; the timeout and row cap apply.",
                "Exit codes: 0 ok; 2 Cypher or parameter error; 4 refused; 5 stopped (timeout or memory)."})
public final class QueryCommand extends ConnectedCommand {
    @Mixin
    QueryLimitOptions limits = new QueryLimitOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "CYPHER", description = "the query, e.g. \"MATCH (e:Entity) RETURN e.name LIMIT 5\"")
    String query;

    @Option(names = "--file", paramLabel = "SCRIPT", description = "run the statements of a script instead (each ends with ';' at a line end),"
            + " e.g. one written by export --format cypher; one transaction per statement")
    java.nio.file.Path file;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "a parameter; VALUE is read as JSON when it is JSON (42, true, [\"a\"]), else as text. Repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--allow-writes", description = "run writes too (no read-only check; commits)")
    boolean allowWrites;

    @Override
    protected boolean writes() {
        return allowWrites;
    }

    enum Format { table, json, csv }

    @Override
    protected void check() {
        if ((query == null) == (file == null)) {
            throw Problem.invalid("bad arguments", "give either a CYPHER query or --file SCRIPT");
        }
    }

    @Override
    protected int run(Neo4jConnection conn) throws Exception {
        List<String> statements = file == null ? List.of(query) : ScriptStatements.split(Files.readString(file));
        if (statements.isEmpty()) {
            throw Problem.invalid("bad arguments", file + " holds no statement");
        }
        QueryService service = new QueryService(conn, limits.limits());
        QueryResult r = null;
        for (String statement : statements) {
            r = service.run(statement, QueryParams.fromPairs(params), allowWrites);
        }
        if (statements.size() > 1) {
            System.err.println(statements.size() + " statements run; the last one's answer:");
        }
        switch (format) {
            case json -> System.out.println(ResultFormatter.json(r));
            case csv -> System.out.print(ResultFormatter.csv(r));
            default -> System.out.print(ResultFormatter.table(r));
        }
        System.err.println(ResultFormatter.footer(r));
        return 0;
    }
}
