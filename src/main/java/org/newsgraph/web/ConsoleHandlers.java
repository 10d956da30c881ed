package org.newsgraph.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.newsgraph.query.ExampleQueries;
import org.newsgraph.query.QueryError;
import org.newsgraph.query.QueryParams;
import org.newsgraph.query.QueryService;

/** The Cypher console: POST /api/query {query, params} runs one read query; GET /api/queries lists the examples. */
final class ConsoleHandlers {
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final QueryService console;
    private final List<ExampleQueries.Example> examples;

    ConsoleHandlers(QueryService console, List<ExampleQueries.Example> examples) {
        this.console = console;
        this.examples = examples;
    }

    void query(Context ctx) {
        JsonNode body = body(ctx.bodyAsBytes());
        JsonNode query = body.get("query");
        if (query == null || !query.isTextual()) {
            throw new ApiError(400, "bad request", "the body needs a \"query\" string");
        }
        ctx.json(console.run(query.textValue(), QueryParams.fromJson(body.get("params")), false));
    }

    void examples(Context ctx) {
        var l = console.limits();
        ctx.json(Map.of("queries", examples, "limits", Map.of("timeoutMs", l.timeout().toMillis(), "maxRows", l.maxRows(),
                "maxQueryChars", l.maxQueryChars(), "maxValues", l.maxValues(), "maxBodyBytes", MAX_BODY_BYTES)));
    }

    /** The request body as a JSON object; 413 when too large, 400 when empty, not UTF-8 JSON or not an object. */
    static JsonNode body(byte[] bytes) {
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiError(413, "body too large", "request bodies are limited to " + MAX_BODY_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw new ApiError(400, "bad request", "empty body: send {\"query\": \"MATCH …\", \"params\": {…}}");
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new ApiError(400, "bad request", "the body must be a JSON object {\"query\": …, \"params\": …}");
            }
            return node;
        } catch (JacksonException e) {
            throw new ApiError(400, "bad json", "the body is not valid UTF-8 JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ApiError(400, "bad json", "the body could not be read: " + e.getMessage());
        }
    }

    /** The JSON error of a refused, failed or stopped query; Neo4j's position of the error when it gave one. */
    static void error(QueryError e, Context ctx) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("error", e.kind().label);
        body.put("detail", e.getMessage());
        if (e.position() != null) {
            body.put("position", e.position());
        }
        ctx.attribute(WebServer.HANDLED, true);
        ctx.status(e.kind().status).json(body);
    }
}
