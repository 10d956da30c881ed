package org.newsgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Problem;
import org.newsgraph.graph.ExploreQueries;
import org.newsgraph.query.QueryResult;
import org.newsgraph.query.QueryService;

/**
 * Builds an export: the k-hop neighbourhood of some entities, a set of entities (the page's view), or what a
 * read-only console query returned, in one of the {@link ExportFormat}s.
 */
public final class ExportService {
    private final SubgraphReader reader;
    private final ExploreQueries explore;
    private final QueryService console;

    public ExportService(SubgraphReader reader, ExploreQueries explore, QueryService console) {
        this.reader = reader;
        this.explore = explore;
        this.console = console;
    }

    /** A finished export: file name, format and bytes. */
    public record Export(String fileName, ExportFormat format, byte[] bytes, int nodes, int relationships) {
    }

    /** Why an export was refused; {@code status} is the HTTP status it maps to. */

    /** Entities by id, or else by name or alias (the best full-text hit); unknown ones are an error. */
    public List<String> resolve(List<String> names) {
        List<String> ids = new ArrayList<>();
        Set<String> existing = reader.existing(names);
        for (String n : names) {
            if (existing.contains(n)) {
                ids.add(n);
                continue;
            }
            List<ExploreQueries.Hit> hits = n.isBlank() ? List.of() : explore.search(n, 1);
            if (hits.isEmpty()) {
                throw Problem.notFound("no entity matches '" + n + "'");
            }
            ids.add(hits.get(0).id());
        }
        return ids;
    }

    public Export neighbourhood(List<String> entities, int hops, ExportFormat format) {
        return neighbourhood(entities, hops, format, null);
    }

    /** As above, as known on {@code asOf} (YYYY-MM-DD; today when null). */
    public Export neighbourhood(List<String> entities, int hops, ExportFormat format, String asOf) {
        if (entities.isEmpty()) {
            throw Problem.invalid("bad request", "name at least one entity");
        }
        if (hops < 0 || hops > SubgraphReader.MAX_HOPS) {
            throw Problem.invalid("bad request", "hops must be between 0 and " + SubgraphReader.MAX_HOPS + ", got " + hops);
        }
        List<String> ids = resolve(entities);
        String title = "neighbourhood of " + String.join(", ", ids) + " within " + hops + " hop" + (hops == 1 ? "" : "s");
        return write(reader.neighbourhood(title + (asOf == null ? "" : " as known on " + asOf), ids, hops, asOf),
                slug(String.join("-", ids)) + "-" + hops + "hops" + (asOf == null ? "" : "-asof-" + asOf), format);
    }

    /** The page's view: these entities, and these edges (element ids) or, when null, all edges among them. */
    public Export view(List<String> entityIds, List<String> edgeIds, ExportFormat format) {
        return view(entityIds, edgeIds, format, null);
    }

    /** As above, as known on {@code asOf} (YYYY-MM-DD; today when null): that day's evidence and statuses. */
    public Export view(List<String> entityIds, List<String> edgeIds, ExportFormat format, String asOf) {
        if (entityIds.isEmpty()) {
            throw Problem.invalid("bad request", "the view is empty: nothing to export");
        }
        if (entityIds.size() > SubgraphReader.MAX_ENTITIES) {
            throw Problem.tooLarge("too large", "at most " + SubgraphReader.MAX_ENTITIES + " entities per export");
        }
        Set<String> existing = reader.existing(entityIds);
        if (existing.isEmpty()) {
            throw Problem.notFound("none of the " + entityIds.size() + " entities exists");
        }
        String title = "view of " + existing.size() + " entities" + (asOf == null ? "" : " as known on " + asOf);
        return write(reader.among(title, existing, edgeIds, asOf), asOf == null ? "view" : "view-asof-" + asOf, format);
    }

    /** What a console query returned (checked read-only like the console): its entities and relations. */
    public Export query(String cypher, Map<String, Object> params, ExportFormat format) {
        QueryResult r = console.run(cypher, params, false);
        Set<String> entities = new LinkedHashSet<>();
        for (Map<String, Object> n : elements(r, "nodes")) {
            String id = String.valueOf(n.get("id"));
            if (!id.startsWith("n:")) {
                entities.add(id);
            }
        }
        List<String> edges = new ArrayList<>();
        for (Map<String, Object> e : elements(r, "edges")) {
            if (!String.valueOf(e.get("source")).startsWith("n:") && !String.valueOf(e.get("target")).startsWith("n:")) {
                edges.add(String.valueOf(e.get("id")));
            }
        }
        if (entities.isEmpty()) {
            throw Problem.invalid("bad request", "the query returned no entities to export (return nodes, relationships or paths)");
        }
        return write(reader.among("query result", entities, edges), "query", format);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> elements(QueryResult r, String kind) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : (List<Object>) r.graph().get(kind)) {
            out.add((Map<String, Object>) ((Map<String, Object>) o).get("data"));
        }
        return out;
    }

    private static Export write(Subgraph g, String name, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(g, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean visual = format.entitiesOnly(); // the counts are of what the file holds
        return new Export("newsgraph-" + name + "." + format.extension(), format, out.toByteArray(),
                (visual ? g.entities() : g.nodes()).size(), (visual ? g.edges() : g.relationships()).size());
    }

    static String slug(String s) {
        String slug = s.replaceAll("[^A-Za-z0-9_-]+", "-");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
