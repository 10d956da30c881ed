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

    /** A finished export: file name, format, bytes and what the file holds. */
    public record Export(String fileName, ExportFormat format, byte[] bytes, ExportCounts counts) {
        /** The nodes the file holds (see {@link ExportCounts#nodes()}). */
        public int nodes() {
            return counts.nodes();
        }

        public int relationships() {
            return counts.relationships();
        }
    }

    /**
     * How to export: as known on a day ({@code asOf}, YYYY-MM-DD; today when null), with the store's internal fields
     * or without them (the default, see {@link ExportFields}), and what the page calls the view it sends
     * ({@code title}: "focus on Sergei Lavrov"; "view" when null).
     */
    public record Options(String asOf, boolean internal, String title) {
        public static final Options DEFAULT = new Options(null, false, null);

        public static Options asOf(String day) {
            return new Options(day, false, null);
        }
    }

    /** The longest title a view's export takes; control characters are dropped. */
    public static final int MAX_TITLE = 200;

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
        return neighbourhood(entities, hops, format, Options.DEFAULT);
    }

    /** As above, as known on {@code asOf} (YYYY-MM-DD; today when null). */
    public Export neighbourhood(List<String> entities, int hops, ExportFormat format, String asOf) {
        return neighbourhood(entities, hops, format, Options.asOf(asOf));
    }

    /** The entities within {@code hops} relations of some entities (ids or names), and every relation among them. */
    public Export neighbourhood(List<String> entities, int hops, ExportFormat format, Options options) {
        if (entities.isEmpty()) {
            throw Problem.invalid("bad request", "name at least one entity");
        }
        if (hops < 0 || hops > SubgraphReader.MAX_HOPS) {
            throw Problem.invalid("bad request", "hops must be between 0 and " + SubgraphReader.MAX_HOPS + ", got " + hops);
        }
        List<String> ids = resolve(entities);
        String asOf = options.asOf();
        String title = "neighbourhood of " + String.join(", ", ids) + " within " + hops + " hop" + (hops == 1 ? "" : "s");
        return write(reader.neighbourhood(title + asKnownOn(asOf), ids, hops, asOf),
                slug(String.join("-", ids)) + "-" + hops + "hops" + (asOf == null ? "" : "-asof-" + asOf), format, options);
    }

    /** The page's view: these entities, and these edges (element ids) or, when null, all edges among them. */
    public Export view(List<String> entityIds, List<String> edgeIds, ExportFormat format) {
        return view(entityIds, edgeIds, format, Options.DEFAULT);
    }

    /** As above, as known on {@code asOf} (YYYY-MM-DD; today when null): that day's evidence and statuses. */
    public Export view(List<String> entityIds, List<String> edgeIds, ExportFormat format, String asOf) {
        return view(entityIds, edgeIds, format, Options.asOf(asOf));
    }

    /** As above, with the options: the day, internal fields, and the view's title ("focus on …"). */
    public Export view(List<String> entityIds, List<String> edgeIds, ExportFormat format, Options options) {
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
        String asOf = options.asOf();
        String title = title(options.title(), "view") + asKnownOn(asOf); // what the file holds is counted from the file
        return write(reader.among(title, existing, edgeIds, asOf), asOf == null ? "view" : "view-asof-" + asOf, format, options);
    }

    /** What a console query returned (checked read-only like the console): its entities and relations. */
    public Export query(String cypher, Map<String, Object> params, ExportFormat format) {
        return query(cypher, params, format, Options.DEFAULT);
    }

    /** As above, with internal fields when the options ask for them. */
    public Export query(String cypher, Map<String, Object> params, ExportFormat format, Options options) {
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
        return write(reader.among("query result", entities, edges), "query", format, options);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> elements(QueryResult r, String kind) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : (List<Object>) r.graph().get(kind)) {
            out.add((Map<String, Object>) ((Map<String, Object>) o).get("data"));
        }
        return out;
    }

    private static String asKnownOn(String asOf) {
        return asOf == null ? "" : " as known on " + asOf;
    }

    /** A title the page gave, without control characters and at most {@link #MAX_TITLE} long; {@code dflt} when blank. */
    static String title(String given, String dflt) {
        if (given == null) {
            return dflt;
        }
        String t = given.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (t.length() > MAX_TITLE) {
            t = t.substring(0, MAX_TITLE);
        }
        return t.isEmpty() ? dflt : t;
    }

    private static Export write(Subgraph read, String name, ExportFormat format, Options options) {
        Subgraph g = options.internal() ? read : ExportFields.publicOnly(read);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.write(g, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Export("newsgraph-" + name + "." + format.extension(), format, out.toByteArray(), format.counts(g));
    }

    static String slug(String s) {
        String slug = s.replaceAll("[^A-Za-z0-9_-]+", "-");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
