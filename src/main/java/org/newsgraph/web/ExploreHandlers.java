package org.newsgraph.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.newsgraph.graph.ExploreQueries;
import org.newsgraph.graph.PathQueries;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RelationType;
import org.newsgraph.model.Status;

/** Thin handlers of the explorer API: validate, call one query, return JSON. */
final class ExploreHandlers {
    /** Entities a suggestions request may name: a first view's worth (and what fits a URL of about 8 KB). */
    static final int MAX_SUGGESTION_IDS = WebServer.DEFAULT_GRAPH_NODES;
    private final ExploreQueries explore;
    private final AnswerCache cache;

    ExploreHandlers(ExploreQueries explore, AnswerCache cache) {
        this.explore = explore;
        this.cache = cache;
    }

    void search(Context ctx) {
        String q = Params.required(ctx, "q", 200);
        int limit = Params.integer(ctx, "limit", 10, 1, 50);
        cache.json(ctx, () -> Map.of("query", q, "hits", explore.search(q, limit)));
    }

    void entity(Context ctx) {
        String id = Params.entityId(ctx.pathParam("id"));
        int articles = Params.integer(ctx, "articles", 20, 1, 500);
        cache.json(ctx, () -> explore.entity(id, articles));
    }

    void neighbours(Context ctx) {
        String id = Params.entityId(ctx.pathParam("id"));
        List<String> types = types(ctx.queryParam("types"));
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        String asOf = Params.pastDate(ctx, "asOf");
        cache.json(ctx, () -> explore.neighbours(id, types, limit, asOf));
    }

    void relations(Context ctx) {
        String id = Params.entityId(ctx.pathParam("id"));
        int limit = Params.integer(ctx, "limit", 200, 1, 1000);
        cache.json(ctx, () -> explore.relations(id, limit));
    }

    void mentions(Context ctx) {
        String id = Params.entityId(ctx.pathParam("id"));
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        cache.json(ctx, () -> explore.mentions(id, limit));
    }

    void evidence(Context ctx) {
        String source = Params.requiredEntityId(ctx, "source");
        String target = Params.requiredEntityId(ctx, "target");
        String type = Params.required(ctx, "type", 40);
        if (!RelationType.isKnown(type)) {
            throw Problem.invalid("bad parameter", "unknown relation type '" + type + "'");
        }
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        String asOf = Params.pastDate(ctx, "asOf");
        cache.json(ctx, () -> explore.evidence(source, RelationType.parse(type), target, limit, asOf));
    }

    /** GET /api/suggestions?ids=a,b,c&limit=N: the open suggestions between entities of a view (drawn dotted). */
    void suggestions(Context ctx) {
        List<String> ids = Params.entityIds(ctx, "ids", MAX_SUGGESTION_IDS);
        int limit = Params.integer(ctx, "limit", 200, 1, 1000);
        cache.json(ctx, () -> Map.of("edges", explore.suggestions(ids, limit)));
    }

    /**
     * GET /api/digest?since=… (without since: from the last import), and as a download: /api/digest.md, and
     * /api/digest.html, whose items link into this page (its address as the request named it).
     */
    void digest(Context ctx) {
        org.newsgraph.graph.DigestQueries.Digest d = explore.digest(Params.pastDate(ctx, "since"));
        String path = ctx.path();
        if (path.endsWith(".md") || path.endsWith(".html")) {
            boolean html = path.endsWith(".html");
            ctx.contentType(html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"newsgraph-digest-" + d.since() + (html ? ".html\"" : ".md\""))
                    .result(html ? org.newsgraph.export.DigestReport.html(d, ctx.scheme() + "://" + ctx.host() + "/")
                            : org.newsgraph.export.DigestReport.markdown(d));
        } else {
            ctx.json(d);
        }
    }

    void path(Context ctx) {
        String from = Params.requiredEntityId(ctx, "from");
        String to = Params.requiredEntityId(ctx, "to");
        int maxHops = Params.integer(ctx, "maxHops", 6, 1, 10);
        String asOf = Params.pastDate(ctx, "asOf");
        cache.json(ctx, () -> explore.shortestPath(from, to, maxHops, asOf));
    }

    /**
     * GET /api/paths?from=&to=&k=5&maxHops=6&types=MET,VISITED&statuses=fact,reported&asOf=: up to k shortest paths,
     * each hop with its relations and their evidence, the weakest hop marked.
     */
    void paths(Context ctx) {
        String from = Params.requiredEntityId(ctx, "from");
        String to = Params.requiredEntityId(ctx, "to");
        int k = Params.integer(ctx, "k", PathQueries.MAX_PATHS, 1, PathQueries.MAX_PATHS);
        int maxHops = Params.integer(ctx, "maxHops", 6, 1, PathQueries.MAX_HOPS);
        List<RelationType> types = list(ctx, "types", RelationType::parse);
        List<Status> statuses = list(ctx, "statuses", ExploreHandlers::status);
        PathQueries.Filter filter = new PathQueries.Filter(types, statuses, Params.pastDate(ctx, "asOf"));
        cache.json(ctx, () -> explore.paths(from, to, k, maxHops, filter));
    }

    private static Status status(String raw) {
        try {
            return Status.valueOf(raw.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status '" + raw + "' (fact, reported, speculative, denied)");
        }
    }

    /** An optional comma-separated list, each value read by {@code parse} (an unknown one is a 400 naming it). */
    private static <T> List<T> list(Context ctx, String name, java.util.function.Function<String, T> parse) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        if (raw.length() > 2000) {
            throw Problem.invalid("bad parameter", name + " is longer than 2000 characters");
        }
        try {
            return Arrays.stream(raw.split(",")).filter(s -> !s.isBlank()).map(parse).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("bad parameter", name + ": " + e.getMessage());
        }
    }

    void timeline(Context ctx) {
        cache.json(ctx, explore::timeline);
    }

    void articles(Context ctx) {
        cache.json(ctx, () -> Map.of("articles", explore.articles()));
    }

    /** GET /api/articles/{id}: the article reader's whole text, sentences, claims and mentions. */
    void article(Context ctx) {
        String id = Params.articleId(ctx.pathParam("id"));
        cache.json(ctx, () -> explore.article(id));
    }

    void articleEdges(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 300) {
            throw Problem.invalid("bad parameter", "article id too long");
        }
        ctx.json(Map.of("article", id, "edges", explore.articleEdges(id)));
    }


    private static List<String> types(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(raw.split(",")).map(t -> EntityType.parse(t).label()).toList();
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("bad parameter", e.getMessage());
        }
    }
}
