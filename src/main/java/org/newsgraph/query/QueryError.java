package org.newsgraph.query;

import org.newsgraph.model.Problem;

/** Why a console query did not run or did not finish, and where Neo4j located the error when it said. */
public final class QueryError extends Problem {
    public enum Reason {
        /** Malformed Cypher, unknown function or procedure, type errors at run time. */
        CYPHER(Kind.INVALID, "cypher error"),
        /** Parameters that are not a JSON object of plain values. */
        PARAMS(Kind.INVALID, "bad parameters"),
        /** Writes, schema and admin commands, LOAD CSV, procedures outside the allowlist. */
        REFUSED(Kind.REFUSED, "refused"),
        /** Stopped by the transaction timeout. */
        TIMEOUT(Kind.TIMED_OUT, "timed out"),
        /** Query text over the size limit. */
        TOO_LARGE(Kind.TOO_LARGE, "query too large"),
        /** Stopped because it needed more memory than one transaction may use. */
        MEMORY(Kind.TOO_MUCH_MEMORY, "too much memory"),
        /** Every console slot is taken by running queries. */
        BUSY(Kind.BUSY, "console busy");

        final Kind kind;
        final String label;

        Reason(Kind kind, String label) {
            this.kind = kind;
            this.label = label;
        }
    }

    /** Where in the query text Neo4j located the error (1-based line and column, 0-based offset). */
    public record Position(int line, int column, int offset) {
    }

    private final Position position;

    public QueryError(Reason reason, String detail, Position position) {
        super(reason.kind, reason.label, detail);
        this.position = position;
    }

    public QueryError(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Position position() {
        return position;
    }
}
