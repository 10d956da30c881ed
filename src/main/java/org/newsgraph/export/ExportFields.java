package org.newsgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The properties an export carries unless internal fields are asked for: what an element says about the world and
 * where it was read. Everything else the store keeps is the application's own machinery — an entity's {@code degree},
 * {@code ranked} and {@code pairs} (kept for views), {@code aliasText} (the full-text index), an article's file,
 * hash and rules version, a claim's rule, score, read status and review bookkeeping, an edge's capped
 * {@code articleIds} — and goes along only with {@code internal=true} ({@code --internal}). A list of what is public
 * rather than of what is not, so a property added to the store later stays out of exports until it is named here.
 */
public final class ExportFields {
    /** Per main label, the node properties exports carry. */
    static final Map<String, Set<String>> NODES = Map.of(
            "Entity", Set.of("id", "name", "type", "role", "aliases", "discovered"),
            "Article", Set.of("id", "title", "outlet", "author", "published", "url", "language"),
            "Sentence", Set.of("id", "text", "article", "index", "zone", "start", "end"),
            "Claim", Set.of("id", "type", "subject", "object", "status", "date", "reported", "attributedTo", "place", "items",
                    "article", "outlet", "confidence", "verdict", "origin"));

    /** The properties of an exploration edge (entity to entity) exports carry. */
    static final Set<String> EDGES = Set.of("claims", "articles", "outlets", "sources", "independentSources", "firstDate",
            "lastDate", "firstReported", "status", "disputed", "confidence", "asOf");

    private ExportFields() {
    }

    /**
     * The public properties of every node and relationship of {@code g}; relationships between claims and entities
     * carry none, and the analysts' notes stay out (who wrote what is analyst data, like a claim's reviewer).
     */
    static Subgraph publicOnly(Subgraph g) {
        List<Subgraph.Node> nodes = g.nodes().stream().map(n -> new Subgraph.Node(n.label(), n.id(), n.labels(),
                keep(n.properties(), NODES.getOrDefault(n.label(), Set.of())))).toList();
        List<Subgraph.Rel> rels = g.relationships().stream().map(r -> new Subgraph.Rel(r.type(), r.start(), r.end(),
                keep(r.properties(), r.isExploration() ? EDGES : Set.of()), r.evidence())).toList();
        return new Subgraph(g.title(), nodes, rels);
    }

    /** The names of the public node properties of one main label (for tests and the README). */
    public static Set<String> publicNodeFields(String label) {
        return NODES.getOrDefault(label, Set.of());
    }

    /** The names of the public properties of exploration edges. */
    public static Set<String> publicEdgeFields() {
        return EDGES;
    }

    private static Map<String, Object> keep(Map<String, Object> properties, Set<String> names) {
        Map<String, Object> out = properties instanceof TreeMap<?, ?> ? new TreeMap<>() : new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (names.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
