package org.newsgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.summary.SummaryCounters;
import org.newsgraph.db.Neo4jConnection;

/**
 * Runs console queries: their text checked for size and nesting ({@link QueryShape}), at most
 * {@link Neo4jConnection#CONSOLE_CONNECTIONS} at once on a pool of their own, checked read-only with EXPLAIN
 * ({@link QueryGuard}), run in a read transaction with a server-side timeout (and, on the embedded store, a hard stop
 * past it), cut at the row and value caps. The CLI's --allow-writes skips the check and commits.
 */
public final class QueryService {
    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");
    /** How long a console query waits for a free slot before it is told the console is busy. */
    private static final long SLOT_WAIT_MS = 2_000;
    private final Neo4jConnection db;
    private final QueryLimits limits;
    private final Semaphore slots = new Semaphore(Neo4jConnection.CONSOLE_CONNECTIONS, true);

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
        QueryShape.check(query);
        takeSlot();
        try {
            return runInSlot(query, params, allowWrites);
        } finally {
            slots.release();
        }
    }

    private void takeSlot() {
        try {
            if (slots.tryAcquire(SLOT_WAIT_MS, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new QueryError(QueryError.Reason.BUSY, "all " + Neo4jConnection.CONSOLE_CONNECTIONS
                + " console slots are taken by running queries; try again in a moment");
    }

    private QueryResult runInSlot(String query, Map<String, Object> params, boolean allowWrites) {
        long t0 = System.nanoTime();
        TransactionConfig config = TransactionConfig.builder().withTimeout(limits.timeout())
                .withMetadata(Map.of("app", Neo4jConnection.CONSOLE_APP)).build();
        boolean[] checking = {false};
        try (Session s = db.consoleDriver().session(allowWrites ? db.sessionConfig() : db.readSessionConfig())) {
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
            throw translate(e, checking[0], System.nanoTime() - t0);
        }
    }

    private QueryError translate(Neo4jException e, boolean explained, long elapsedNanos) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage() == null ? code : e.getMessage();
        boolean stoppedByServer = (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException)
                && databaseAnswers();
        if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")
                || (stoppedByServer && elapsedNanos >= limits.timeout().toNanos())) {
            return new QueryError(QueryError.Reason.TIMEOUT, "stopped after " + limits.timeout().toMillis()
                    + " ms, the console's time limit (--query-timeout); narrow the query or add a LIMIT");
        }
        if (stoppedByServer) { // within its time: the hard stop for a heap running full ended it
            return new QueryError(QueryError.Reason.MEMORY, "stopped: the server's memory ran short while it ran"
                    + " (values built in expressions count); narrow the query");
        }
        if (message.contains("Unable to acquire connection from the pool")) {
            return new QueryError(QueryError.Reason.BUSY, "every console connection is in use; try again in a moment");
        }
        if (code.contains("OutOfMemory") || code.contains("MemoryPool") || code.contains("MemoryLimit")) {
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

    /** Whether the database answers on the main pool: a console connection lost while it does was closed on purpose. */
    private boolean databaseAnswers() {
        try {
            db.driver().verifyConnectivity();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
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
