package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportService;
import org.newsgraph.model.Problem;
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
        ExportFormat format = format(Params.required(ctx, "format", 20));
        List<String> entities = ctx.queryParams("entity");
        if (entities.isEmpty() || entities.size() > 100 || entities.stream().anyMatch(e -> e.length() > 200)) {
            throw Problem.invalid("bad parameter", "give 1 to 100 entity=… parameters (ids or names)");
        }
        send(ctx, exports.neighbourhood(entities, Params.integer(ctx, "hops", 1, 0, 5), format, Params.pastDate(ctx, "asOf")));
    }

    void selection(Context ctx) {
        JsonNode body = Params.body(ctx);
        ExportFormat format = format(Params.text(body, "format"));
        if (body.hasNonNull("query")) {
            send(ctx, exports.query(Params.text(body, "query"), QueryParams.fromJson(body.get("params")), format));
        } else {
            String asOf = Params.pastDate(body.hasNonNull("asOf") ? Params.text(body, "asOf") : null, "asOf");
            send(ctx, exports.view(Params.strings(body, "entities"),
                    body.hasNonNull("edges") ? Params.strings(body, "edges") : null, format, asOf));
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
            throw Problem.invalid("bad parameter", ex.getMessage());
        }
    }
}
