package org.newsgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;
import org.newsgraph.db.Neo4jConnection;

/**
 * Runs console queries: checked read-only with EXPLAIN ({@link QueryGuard}), run in a read transaction with a
 * server-side timeout, cut at the row and value caps. The CLI's --allow-writes skips the check and commits.
 */
public final class QueryService {
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");
    private final Neo4jConnection db;
    private final QueryLimits limits;

    public QueryService(Neo4jConnection db, QueryLimits limits) {
        this.db = db;
        this.limits = limits;
    }

    public QueryLimits limits() {
        return limits;
    }

    public QueryResult run(String query, Map<String, Object> params, boolean allowWrites) {
        if (query == null || query.isBlank()) {
            throw new QueryError(QueryError.Reason.CYPHER, "the query is empty");
        }
        if (query.length() > limits.maxQueryChars()) {
            throw new QueryError(QueryError.Reason.TOO_LARGE, "the query has " + query.length()
                    + " characters; the console accepts at most " + limits.maxQueryChars());
        }
        long t0 = System.nanoTime();
        TransactionConfig config = TransactionConfig.builder().withTimeout(limits.timeout())
                .withMetadata(Map.of("app", "newsgraph-console")).build();
        boolean[] checking = {false};
        try (Session s = db.driver().session(allowWrites ? db.sessionConfig() : db.readSessionConfig())) {
            ResultConverter converter = new ResultConverter(limits.maxValues());
            List<List<Object>> rows = new ArrayList<>();
            List<String> columns;
            String cutBy = null;
            Map<String, Integer> changes = null;
            try (Transaction tx = s.beginTransaction(config)) {
                if (!allowWrites) {
                    checking[0] = true;
                    QueryGuard.check(tx, query, params);
                    checking[0] = false;
                }
                Result result = tx.run(query, params);
                columns = result.keys();
                while (result.hasNext()) {
                    if (rows.size() >= limits.maxRows()) {
                        cutBy = "rows: at most " + limits.maxRows();
                        break;
                    }
                    if (converter.exhausted()) {
                        cutBy = "size: at most " + limits.maxValues() + " values";
                        break;
                    }
                    Record r = result.next();
                    List<Object> row = new ArrayList<>(r.size());
                    r.values().forEach(v -> row.add(converter.cell(v)));
                    rows.add(row);
                }
                if (cutBy == null && converter.exhausted()) {
                    cutBy = "size: at most " + limits.maxValues() + " values";
                }
                if (allowWrites) {
                    changes = changes(result.consume().counters());
                    tx.commit();
                    db.changed();
                }
            }
            Map<String, Object> graph = converter.nodes().isEmpty() && converter.relationships().isEmpty()
                    ? Map.of("nodes", List.of(), "edges", List.of())
                    : s.executeRead(tx -> ResultGraph.elements(tx, converter.nodes(), converter.relationships()), config);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            return new QueryResult(columns, rows, graph, rows.size(), cutBy != null, cutBy, millis, changes);
        } catch (Neo4jException e) {
            throw translate(e, checking[0]);
        }
    }

    private QueryError translate(Neo4jException e, boolean explained) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage() == null ? code : e.getMessage();
        if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")) {
            return new QueryError(QueryError.Reason.TIMEOUT, "stopped after " + limits.timeout().toMillis()
                    + " ms, the console's time limit (--query-timeout); narrow the query or add a LIMIT");
        }
        if (code.contains("OutOfMemory") || code.contains("MemoryPool")) {
            return new QueryError(QueryError.Reason.MEMORY, "stopped: it needed more memory than one query may use ("
                    + message + ")");
        }
        if (code.equals("Neo.ClientError.Statement.AccessMode") || code.startsWith("Neo.ClientError.Security")
                || message.contains("implicit transaction") || message.contains("administration command")) {
            return new QueryError(QueryError.Reason.REFUSED, "refused by the database: " + message);
        }
        if (e instanceof ClientException) {
            QueryError.Position at = position(message, explained);
            String detail = message.replace(QueryGuard.EXPLAIN, "");
            if (at != null) {
                detail = POSITION.matcher(detail).replaceFirst("(line " + at.line() + ", column " + at.column()
                        + " (offset: " + at.offset() + "))");
            }
            return new QueryError(QueryError.Reason.CYPHER, detail, at);
        }
        throw e;
    }

    /** Neo4j's "(line L, column C (offset: O))", shifted back when the error came from the EXPLAIN check. */
    private static QueryError.Position position(String message, boolean explained) {
        Matcher m = POSITION.matcher(message);
        if (!m.find()) {
            return null;
        }
        int shift = explained ? 1 : 0;
        return new QueryError.Position(Integer.parseInt(m.group(1)) - shift, Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)) - shift * QueryGuard.EXPLAIN.length());
    }

    private static Map<String, Integer> changes(SummaryCounters c) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("nodesCreated", c.nodesCreated());
        out.put("nodesDeleted", c.nodesDeleted());
        out.put("relationshipsCreated", c.relationshipsCreated());
        out.put("relationshipsDeleted", c.relationshipsDeleted());
        out.put("propertiesSet", c.propertiesSet());
        out.put("labelsAdded", c.labelsAdded());
        out.put("labelsRemoved", c.labelsRemoved());
        out.put("indexesAdded", c.indexesAdded());
        out.put("constraintsAdded", c.constraintsAdded());
        return out;
    }
}
