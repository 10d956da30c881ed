package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportService;
import org.newsgraph.query.QueryParams;

/**
 * Downloads: GET /api/export?format=…&entity=…&hops=… (a neighbourhood), POST /api/export with
 * {format, entities, edges} (the page's view) or {format, query, params} (a console query's result).
 */
final class ExportHandlers {
    private final ExportService exports;

    ExportHandlers(ExportService exports) {
        this.exports = exports;
    }

    void neighbourhood(Context ctx) {
        ExportFormat format = format(WebServer.required(ctx, "format", 20));
        List<String> entities = ctx.queryParams("entity");
        if (entities.isEmpty() || entities.size() > 100 || entities.stream().anyMatch(e -> e.length() > 200)) {
            throw new ApiError(400, "bad parameter", "give 1 to 100 entity=… parameters (ids or names)");
        }
        send(ctx, exports.neighbourhood(entities, WebServer.intParam(ctx, "hops", 1, 0, 5), format));
    }

    void selection(Context ctx) {
        JsonNode body = ConsoleHandlers.body(ctx.bodyAsBytes());
        ExportFormat format = format(text(body, "format"));
        if (body.hasNonNull("query")) {
            send(ctx, exports.query(text(body, "query"), QueryParams.fromJson(body.get("params")), format));
        } else {
            send(ctx, exports.view(strings(body, "entities"), body.hasNonNull("edges") ? strings(body, "edges") : null, format));
        }
    }

    private static void send(Context ctx, ExportService.Export e) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"");
        ctx.header("X-Export-Counts", e.nodes() + " nodes, " + e.relationships() + " relationships");
        ctx.contentType(e.format().mediaType()).result(e.bytes());
    }

    private static ExportFormat format(String name) {
        try {
            return ExportFormat.parse(name);
        } catch (IllegalArgumentException ex) {
            throw new ApiError(400, "bad parameter", ex.getMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual()) {
            throw new ApiError(400, "bad request", "the body needs a \"" + field + "\" string");
        }
        return v.textValue();
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isArray()) {
            throw new ApiError(400, "bad request", "\"" + field + "\" must be a list of ids");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.textValue().length() > 300) {
                throw new ApiError(400, "bad request", "\"" + field + "\" must hold id strings");
            }
            out.add(item.textValue());
        }
        return out;
    }
}
