package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.graph.SourceQueries;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RelationType;

/**
 * The page's source filters: GET /api/sources (the outlets and authors to choose from) and POST /api/sources/edges
 * (which of the relations in view an outlet, article or author backs, with at least N independent sources). A read
 * sent as POST: the relations of a view do not fit in a URL.
 */
final class SourceHandlers {
    private final SourceQueries sources;
    private final AnswerCache cache;

    SourceHandlers(SourceQueries sources, AnswerCache cache) {
        this.sources = sources;
        this.cache = cache;
    }

    void list(Context ctx) {
        cache.json(ctx, sources::sources);
    }

    void backed(Context ctx) {
        JsonNode body = Params.jsonBody(ctx);
        List<SourceQueries.Edge> edges = edges(body.get("edges"));
        SourceQueries.Filter filter = new SourceQueries.Filter(optional(body, "outlet"),
                body.hasNonNull("article") ? Params.articleId(Params.text(body, "article")) : null, optional(body, "author"),
                minSources(body.get("minSources")),
                Params.pastDate(body.hasNonNull("asOf") ? Params.text(body, "asOf") : null, "asOf"));
        ctx.json(Map.of("edges", sources.backed(edges, filter), "asked", edges.size()));
    }

    /** "source|TYPE|target" keys: entity ids and a relation type of the vocabulary. */
    private static List<SourceQueries.Edge> edges(JsonNode v) {
        if (v == null || !v.isArray() || v.size() > SourceQueries.MAX_EDGES) {
            throw Problem.invalid("bad request", "\"edges\" must be a list of at most " + SourceQueries.MAX_EDGES
                    + " relations as \"source|TYPE|target\"");
        }
        List<SourceQueries.Edge> out = new ArrayList<>();
        for (JsonNode item : v) {
            String[] parts = item.isTextual() ? item.textValue().split("\\|", -1) : new String[0];
            if (parts.length != 3 || !RelationType.isKnown(parts[1])) {
                String shown = item.isTextual() ? item.textValue() : item.toString();
                throw Problem.invalid("bad request", "a relation is \"source|TYPE|target\" with a known relation type, got '"
                        + (shown.length() > 60 ? shown.substring(0, 60) + "…" : shown) + "'");
            }
            out.add(new SourceQueries.Edge(Params.entityId(parts[0]), parts[1], Params.entityId(parts[2])));
        }
        return out;
    }

    /** An outlet's or author's name as the articles give it: 1 to 300 characters. */
    private static String optional(JsonNode body, String field) {
        if (!body.hasNonNull(field)) {
            return null;
        }
        String s = Params.text(body, field);
        if (s.isBlank() || s.length() > 300) {
            throw Problem.invalid("bad request", "\"" + field + "\" is 1 to 300 characters");
        }
        return s;
    }

    private static int minSources(JsonNode v) {
        if (v == null || v.isNull()) {
            return 1;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 1 || v.intValue() > 100) {
            throw Problem.invalid("bad request", "\"minSources\" is a whole number from 1 to 100");
        }
        return v.intValue();
    }
}
