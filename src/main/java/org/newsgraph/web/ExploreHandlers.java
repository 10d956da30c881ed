package org.newsgraph.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.graph.ExploreQueries;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;

/** Thin handlers of the explorer API: validate, call one query, return JSON. */
final class ExploreHandlers {
    private static final Pattern ENTITY_ID = Pattern.compile("[a-z0-9_]{1,120}");
    private final ExploreQueries explore;

    ExploreHandlers(ExploreQueries explore) {
        this.explore = explore;
    }

    void search(Context ctx) {
        String q = WebServer.required(ctx, "q", 200);
        ctx.json(Map.of("query", q, "hits", explore.search(q, WebServer.intParam(ctx, "limit", 10, 1, 50))));
    }

    void entity(Context ctx) {
        Map<String, Object> e = explore.entity(entityId(ctx.pathParam("id")));
        if (e == null) {
            throw new ApiError(404, "not found", "no entity with id '" + ctx.pathParam("id") + "'");
        }
        ctx.json(e);
    }

    void neighbours(Context ctx) {
        String id = entityId(ctx.pathParam("id"));
        var elements = explore.neighbours(id, types(ctx.queryParam("types")), WebServer.intParam(ctx, "limit", 50, 1, 500));
        if (elements == null) {
            throw new ApiError(404, "not found", "no entity with id '" + id + "'");
        }
        ctx.json(elements);
    }

    void evidence(Context ctx) {
        String source = entityId(WebServer.required(ctx, "source", 120));
        String target = entityId(WebServer.required(ctx, "target", 120));
        String type = WebServer.required(ctx, "type", 40);
        if (!RelationType.isKnown(type)) {
            throw new ApiError(400, "bad parameter", "unknown relation type '" + type + "'");
        }
        ctx.json(explore.evidence(source, RelationType.parse(type), target, WebServer.intParam(ctx, "limit", 100, 1, 1000)));
    }

    void path(Context ctx) {
        String from = entityId(WebServer.required(ctx, "from", 120));
        String to = entityId(WebServer.required(ctx, "to", 120));
        int hops = WebServer.intParam(ctx, "maxHops", 6, 1, 10);
        for (String id : List.of(from, to)) {
            if (!explore.exists(id)) {
                throw new ApiError(404, "not found", "no entity with id '" + id + "'");
            }
        }
        ExploreQueries.Path p = explore.shortestPath(from, to, hops);
        if (p == null) {
            throw new ApiError(404, "no path", "no chain of at most " + hops + " relations links " + from + " and " + to);
        }
        ctx.json(p);
    }

    void timeline(Context ctx) {
        ctx.json(explore.timeline());
    }

    void articles(Context ctx) {
        ctx.json(Map.of("articles", explore.articles()));
    }

    void articleEdges(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 300) {
            throw new ApiError(400, "bad parameter", "article id too long");
        }
        List<Map<String, Object>> edges = explore.articleEdges(id);
        if (edges.isEmpty() && explore.articles().stream().noneMatch(a -> id.equals(a.get("id")))) {
            throw new ApiError(404, "not found", "no article '" + id + "'");
        }
        ctx.json(Map.of("article", id, "edges", edges));
    }

    private static String entityId(String raw) {
        if (raw == null || !ENTITY_ID.matcher(raw).matches()) {
            throw new ApiError(400, "bad parameter", "entity ids are lower-case letters, digits and '_'");
        }
        return raw;
    }

    private static List<String> types(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(raw.split(",")).map(t -> EntityType.parse(t).label()).toList();
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad parameter", e.getMessage());
        }
    }
}
