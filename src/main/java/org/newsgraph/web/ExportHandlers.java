package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportService;
import org.newsgraph.model.Problem;
import org.newsgraph.query.QueryParams;

/**
 * Downloads: GET /api/export?format=…&entity=…&hops=…[&internal=true] (a neighbourhood), POST /api/export with
 * {format, entities, edges, title, internal} (the page's view) or {format, query, params, internal} (a console query's
 * result). Without internal=true the files hold no internal fields (see ExportFields).
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
        ExportService.Options options = new ExportService.Options(Params.pastDate(ctx, "asOf"), Params.bool(ctx, "internal"), null);
        send(ctx, exports.neighbourhood(entities, Params.integer(ctx, "hops", 1, 0, 5), format, options));
    }

    void selection(Context ctx) {
        JsonNode body = Params.body(ctx);
        ExportFormat format = format(Params.text(body, "format"));
        boolean internal = Params.bool(body, "internal");
        if (body.hasNonNull("query")) {
            send(ctx, exports.query(Params.text(body, "query"), QueryParams.fromJson(body.get("params")), format,
                    new ExportService.Options(null, internal, null)));
        } else {
            String asOf = Params.pastDate(body.hasNonNull("asOf") ? Params.text(body, "asOf") : null, "asOf");
            String title = body.hasNonNull("title") ? Params.text(body, "title") : null;
            if (title != null && title.length() > ExportService.MAX_TITLE) {
                throw Problem.invalid("bad request", "\"title\" is at most " + ExportService.MAX_TITLE + " characters");
            }
            send(ctx, exports.view(Params.strings(body, "entities"), body.hasNonNull("edges") ? Params.strings(body, "edges") : null,
                    format, new ExportService.Options(asOf, internal, title)));
        }
    }

    private static void send(Context ctx, ExportService.Export e) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"");
        ctx.header("X-Export-Counts", e.counts().describe());
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
