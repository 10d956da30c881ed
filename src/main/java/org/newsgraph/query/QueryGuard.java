package org.newsgraph.query;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Read-only by construction: before a console query runs, Neo4j plans it with EXPLAIN and the plan is checked.
 * Only READ_ONLY queries pass, and none of their operators may read files or the network (LOAD CSV), call a
 * procedure outside {@link #PROCEDURES}, or show or act on the DBMS (SHOW SETTINGS, TERMINATE …). The query
 * then runs in a read transaction, so the server refuses a write even if this check missed one.
 */
final class QueryGuard {
    /** Procedures that only read the graph or its shape. */
    static final Set<String> PROCEDURES = Set.of("db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
            "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "db.ping", "dbms.components");
    /** SHOW commands that describe the graph's schema only (not settings, users, servers or transactions). */
    static final Set<String> SHOW_ALLOWED = Set.of("showindexes", "showconstraints", "showfunctions", "showprocedures");

    static final String EXPLAIN = "EXPLAIN\n";
    private static final Pattern LEADING_KEYWORD = Pattern.compile("(?is)^\\s*(?:(?://[^\\n]*\\n|/\\*.*?\\*/)\\s*)*(EXPLAIN|PROFILE)\\b");
    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([A-Za-z0-9_.`]+)\\s*\\(");

    private QueryGuard() {
    }

    /** Plans {@code query} in {@code tx}; throws a REFUSED {@link QueryError} unless the plan only reads. */
    static void check(Transaction tx, String query, Map<String, Object> params) {
        ResultSummary summary = tx.run(explained(query), params).consume();
        if (summary.hasPlan()) {
            walk(summary.plan());
        }
        if (summary.queryType() != QueryType.READ_ONLY) {
            throw new QueryError(QueryError.Reason.REFUSED, "the console only runs read queries; this one is "
                    + describe(summary.queryType()) + " (use the CLI with --allow-writes to change the graph)");
        }
    }

    /** The query with EXPLAIN in front (on its own line, so Neo4j's column numbers stay those of the user). */
    static String explained(String query) {
        Matcher m = LEADING_KEYWORD.matcher(query);
        String rest = m.find() ? query.substring(0, m.start(1)) + query.substring(m.end(1)) : query;
        return EXPLAIN + rest;
    }

    private static void walk(Plan plan) {
        String op = plan.operatorType().split("@")[0].toLowerCase(Locale.ROOT);
        if (op.equals("loadcsv")) {
            throw new QueryError(QueryError.Reason.REFUSED, "LOAD CSV is not allowed: the console has no file or network access");
        }
        if (op.equals("procedurecall")) {
            String name = procedureName(plan.arguments());
            if (!PROCEDURES.contains(name.toLowerCase(Locale.ROOT))) {
                throw new QueryError(QueryError.Reason.REFUSED, "procedure " + name + " is not allowed in the console; allowed: "
                        + String.join(", ", PROCEDURES.stream().sorted().toList()));
            }
        }
        if ((op.startsWith("show") && !SHOW_ALLOWED.contains(op)) || op.startsWith("terminate")
                || op.contains("administration") || op.contains("systemprocedure")) {
            throw new QueryError(QueryError.Reason.REFUSED, "administration commands are not allowed in the console ("
                    + plan.operatorType().split("@")[0] + ")");
        }
        plan.children().forEach(QueryGuard::walk);
    }

    private static String procedureName(Map<String, Value> arguments) {
        Value details = arguments.get("Details");
        Matcher m = details == null ? null : PROCEDURE_NAME.matcher(details.asString(""));
        return m != null && m.find() ? m.group(1).replace("`", "") : "(unknown procedure)";
    }

    private static String describe(QueryType type) {
        if (type == null) {
            return "an administration command";
        }
        return switch (type) {
            case READ_WRITE -> "a read-write query";
            case WRITE_ONLY -> "a write query";
            case SCHEMA_WRITE -> "a schema command";
            default -> String.valueOf(type);
        };
    }
}
