package org.newsgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * The nodes and relationships of a console answer as Cytoscape elements. Entities keep the ids the explorer
 * uses (their {@code id} property) and exploration edges their element ids, so a result merges with the view;
 * other nodes (claims, sentences, articles) get "n:" + element id. Relationships whose end nodes are not in the
 * answer bring them along, as Neo4j Browser does.
 */
final class ResultGraph {
    private static final String END_NODES = """
            MATCH (n) WHERE elementId(n) IN $ids RETURN n""";
    private static final String DEGREES = """
            MATCH (e:Entity) WHERE elementId(e) IN $ids
            RETURN elementId(e) AS id, COUNT { (e)-[]-(:Entity) } AS degree""";
    private static final int MAX_EXTRA_NODES = 5000;

    private ResultGraph() {
    }

    static Map<String, Object> elements(SimpleQueryRunner tx, Map<String, Node> found, Map<String, Relationship> rels) {
        Map<String, Node> nodes = new LinkedHashMap<>(found);
        List<String> missing = rels.values().stream()
                .flatMap(r -> java.util.stream.Stream.of(r.startNodeElementId(), r.endNodeElementId()))
                .filter(id -> !nodes.containsKey(id)).distinct().limit(MAX_EXTRA_NODES).toList();
        if (!missing.isEmpty()) {
            tx.run(END_NODES, Map.of("ids", missing)).forEachRemaining(r -> nodes.put(r.get("n").asNode().elementId(), r.get("n").asNode()));
        }
        Map<String, Long> degrees = new HashMap<>();
        List<String> entities = nodes.values().stream().filter(n -> n.hasLabel("Entity")).map(Node::elementId).toList();
        if (!entities.isEmpty()) {
            tx.run(DEGREES, Map.of("ids", entities)).forEachRemaining(r -> degrees.put(r.get("id").asString(), r.get("degree").asLong()));
        }
        Map<String, String> ids = new HashMap<>();
        List<Map<String, Object>> outNodes = new ArrayList<>();
        for (Node n : nodes.values()) {
            String id = viewId(n);
            ids.put(n.elementId(), id);
            outNodes.add(Map.of("data", nodeData(n, id, degrees.getOrDefault(n.elementId(), 0L))));
        }
        List<Map<String, Object>> outEdges = new ArrayList<>();
        for (Relationship r : rels.values()) {
            String s = ids.get(r.startNodeElementId());
            String t = ids.get(r.endNodeElementId());
            if (s != null && t != null) {
                outEdges.add(Map.of("data", edgeData(r, s, t)));
            }
        }
        return Map.of("nodes", outNodes, "edges", outEdges);
    }

    private static String viewId(Node n) {
        return n.hasLabel("Entity") && n.containsKey("id") ? n.get("id").asString() : "n:" + n.elementId();
    }

    private static Map<String, Object> nodeData(Node n, String id, long degree) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        String type = n.hasLabel("Entity") ? n.get("type").asString("Entity") : firstLabel(n);
        String name = caption(n);
        d.put("name", name);
        d.put("label", name.length() > 40 ? name.substring(0, 39) + "…" : name);
        d.put("type", type);
        d.put("degree", degree);
        if (n.containsKey("role")) {
            d.put("role", n.get("role").asString(null));
        }
        if (n.containsKey("discovered")) {
            d.put("discovered", n.get("discovered").asBoolean(false));
        }
        for (String k : List.of("pagerank", "betweenness", "community")) { // the structure switches size and colour it
            if (n.hasLabel("Entity") && n.containsKey(k) && !n.get(k).isNull()) {
                d.put(k, n.get(k).asObject());
            }
        }
        return d;
    }

    private static Map<String, Object> edgeData(Relationship r, String source, String target) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", r.elementId());
        d.put("source", source);
        d.put("target", target);
        d.put("type", r.type());
        d.put("label", r.type());
        for (String k : Set.of("status", "claims", "firstDate", "lastDate", "disputed")) {
            if (r.containsKey(k)) {
                d.put(k, r.get(k).asObject());
            }
        }
        return d;
    }

    private static String firstLabel(Node n) {
        for (String l : n.labels()) {
            return l;
        }
        return "Node";
    }

    private static String caption(Node n) {
        for (String k : List.of("name", "title", "text", "id")) {
            if (n.containsKey(k) && !n.get(k).isNull()) {
                return String.valueOf(n.get(k).asObject());
            }
        }
        return firstLabel(n);
    }
}
