package org.newsgraph.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.newsgraph.query.ExampleQueries;
import org.newsgraph.query.QueryParams;
import org.newsgraph.query.QueryService;

/** The Cypher console: POST /api/query {query, params} runs one read query; GET /api/queries lists the examples. */
final class ConsoleHandlers {
    private final QueryService console;
    private final List<ExampleQueries.Example> examples;

    ConsoleHandlers(QueryService console, List<ExampleQueries.Example> examples) {
        this.console = console;
        this.examples = examples;
    }

    void query(Context ctx) {
        var body = Params.body(ctx);
        ctx.json(console.run(Params.text(body, "query"), QueryParams.fromJson(body.get("params")), false));
    }

    void examples(Context ctx) {
        var l = console.limits();
        ctx.json(Map.of("queries", examples, "limits", Map.of("timeoutMs", l.timeout().toMillis(), "maxRows", l.maxRows(),
                "maxQueryChars", l.maxQueryChars(), "maxValues", l.maxValues(), "maxBodyBytes", Params.MAX_BODY_BYTES)));
    }
}
