package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.query.QueryError;
import org.newsgraph.query.QueryParams;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: runs one Cypher query with the console's read-only rules and limits, prints the answer. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run one Cypher query against the graph (embedded or --neo4j-uri) and print the answer.",
                "Read-only like the web console unless --allow-writes: writes, schema and admin commands, LOAD CSV",
                "and DBMS procedures are refused; the timeout and row cap apply.",
                "Exit codes: 0 ok; 2 Cypher or parameter error; 4 refused; 5 stopped (timeout or memory)."})
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    DbOptions db = new DbOptions();

    @Mixin
    QueryLimitOptions limits = new QueryLimitOptions();

    @Parameters(index = "0", paramLabel = "CYPHER", description = "the query, e.g. \"MATCH (e:Entity) RETURN e.name LIMIT 5\"")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "a parameter; VALUE is read as JSON when it is JSON (42, true, [\"a\"]), else as text. Repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--allow-writes", description = "run writes too (no read-only check; commits)")
    boolean allowWrites;

    enum Format { table, json, csv }

    @Override
    public Integer call() throws Exception {
        try (Neo4jConnection conn = Neo4jConnection.open(db.settings())) {
            QueryResult r = new QueryService(conn, limits.limits()).run(query, QueryParams.fromPairs(params), allowWrites);
            switch (format) {
                case json -> System.out.println(ResultFormatter.json(r));
                case csv -> System.out.print(ResultFormatter.csv(r));
                default -> System.out.print(ResultFormatter.table(r));
            }
            System.err.println(ResultFormatter.footer(r));
            return 0;
        } catch (QueryError e) {
            System.err.println("newsgraph query: " + e.kind().label + ": " + e.getMessage());
            return e.kind().exitCode;
        }
    }
}
