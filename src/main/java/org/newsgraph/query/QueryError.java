package org.newsgraph.query;

/** Why a console query did not run or did not finish; each kind maps to one HTTP status and CLI exit code. */
public final class QueryError extends RuntimeException {
    public enum Kind {
        /** Malformed Cypher, unknown function or procedure, type errors at run time. */
        CYPHER(400, 2, "cypher error"),
        /** Parameters that are not a JSON object of plain values. */
        PARAMS(400, 2, "bad parameters"),
        /** Writes, schema and admin commands, LOAD CSV, procedures outside the allowlist. */
        REFUSED(403, 4, "refused"),
        /** Stopped by the transaction timeout. */
        TIMEOUT(408, 5, "timed out"),
        /** Query text over the size limit. */
        TOO_LARGE(413, 2, "query too large"),
        /** Stopped because it needed more memory than one transaction may use. */
        MEMORY(422, 5, "too much memory");

        public final int status;
        public final int exitCode;
        public final String label;

        Kind(int status, int exitCode, String label) {
            this.status = status;
            this.exitCode = exitCode;
            this.label = label;
        }
    }

    /** Where in the query text Neo4j located the error (1-based line and column, 0-based offset). */
    public record Position(int line, int column, int offset) {
    }

    private final Kind kind;
    private final Position position;

    public QueryError(Kind kind, String detail, Position position) {
        super(detail);
        this.kind = kind;
        this.position = position;
    }

    public QueryError(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    public Position position() {
        return position;
    }
}
