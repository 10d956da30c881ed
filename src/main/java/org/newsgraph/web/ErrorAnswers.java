package org.newsgraph.web;

import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.model.Problem;
import org.newsgraph.query.QueryError;

/** The one table from a service's {@link Problem} to an HTTP status, and the JSON {@code {error, detail}} body. */
public final class ErrorAnswers {
    private static final Map<Problem.Kind, Integer> STATUS = new EnumMap<>(Map.of(
            Problem.Kind.INVALID, 400,
            Problem.Kind.UNAUTHORIZED, 401,
            Problem.Kind.REFUSED, 403,
            Problem.Kind.NOT_FOUND, 404,
            Problem.Kind.TIMED_OUT, 408,
            Problem.Kind.TOO_LARGE, 413,
            Problem.Kind.TOO_MUCH_MEMORY, 422,
            Problem.Kind.CONFLICT, 409,
            Problem.Kind.BUSY, 429));
    /** Set on a request once an error answer is written, so Jetty's error pages do not overwrite it. */
    static final String HANDLED = "newsgraph.errorHandled";

    private ErrorAnswers() {
    }

    record Body(String error, String detail) {
    }

    static int status(Problem.Kind kind) {
        return STATUS.get(kind);
    }

    /**
     * The kind of problem an error status of this API stands for, read back by a client of it (the CLI beside a
     * running server): the same table the other way; a 503 (database unavailable) is busy, any other status invalid.
     */
    public static Problem.Kind kindOf(int status) {
        return STATUS.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey).findFirst()
                .orElse(status == 503 ? Problem.Kind.BUSY : Problem.Kind.INVALID);
    }

    /**
     * A problem as its status and body; a console query's error also says where in the query it was, a conflict
     * what the thing looks like now.
     */
    static void answer(Problem e, Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.label());
        body.put("detail", e.getMessage());
        if (e instanceof org.newsgraph.model.Conflict c) {
            body.put("current", c.current());
        } else if (e instanceof QueryError q && q.position() != null) {
            body.put("position", q.position());
        }
        ctx.attribute(HANDLED, true);
        ctx.status(status(e.kind())).json(body);
    }

    static void answer(Context ctx, int status, String error, String detail) {
        ctx.attribute(HANDLED, true);
        ctx.status(status).json(new Body(error, detail));
    }
}
