package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.RelationType;

/** Read-side queries behind the API. Handlers call these; they never hold Cypher themselves. */
public final class GraphQueries {
    private static final String COUNTS = """
            CALL dbms.components() YIELD versions
            WITH versions[0] AS version
            OPTIONAL MATCH (e:Entity) WITH version, count(e) AS entities
            OPTIONAL MATCH (a:Article) WITH version, entities, count(a) AS articles
            OPTIONAL MATCH (c:Claim) WITH version, entities, articles, count(c) AS claims
            OPTIONAL MATCH (s:Sentence) WITH version, entities, articles, claims, count(s) AS sentences
            RETURN version, entities, articles, claims, sentences""";

    /** The most connected entities first, so a capped view keeps the core of the network. */
    private static final String TOP_NODES = RelationType.expand("""
            MATCH (e:Entity)
            WITH e, COUNT { (e)-[:EXPLORATION]-() } AS degree
            WHERE degree > 0
            RETURN e.id AS id, e.name AS name, e.type AS type, e.role AS role, e.discovered AS discovered, degree
            ORDER BY degree DESC, id
            LIMIT $limit""");

    private static final String NODES_BY_ID = RelationType.expand("""
            MATCH (e:Entity) WHERE e.id IN $ids
            RETURN e.id AS id, e.name AS name, e.type AS type, e.role AS role, e.discovered AS discovered,
                   COUNT { (e)-[:EXPLORATION]-() } AS degree
            ORDER BY degree DESC, id""");

    /**
     * The edges among a set of entities. EXPLAIN shows the planner seeks the sources by index, expands them and
     * filters the targets; forcing Expand(Into) with a WITH barrier was not faster for neighbour sets (mostly hubs).
     */
    private static final String EDGES_AMONG = RelationType.expand("""
            MATCH (s:Entity) WHERE s.id IN $ids
            MATCH (t:Entity) WHERE t.id IN $ids
            MATCH (s)-[r:EXPLORATION]->(t)
            RETURN s.id AS source, t.id AS target, type(r) AS type, r.status AS status, r.claims AS claims,
                   r.articles AS articles, r.sources AS outlets,
                   r.firstDate AS firstDate, r.lastDate AS lastDate, r.disputed AS disputed, elementId(r) AS id
            ORDER BY source, type, target""");

    private static final String RELATIONSHIP_TYPES = """
            CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType""";

    private static final String COUNT_CONNECTED = RelationType.expand("""
            MATCH (e:Entity) WHERE EXISTS { (e)-[:EXPLORATION]-() } RETURN count(e) AS n""");

    private final Neo4jConnection db;

    public GraphQueries(Neo4jConnection db) {
        this.db = db;
    }

    public record Health(String status, String neo4j, String database, long entities, long articles, long claims,
                         long sentences) {
    }

    public record Elements(List<Map<String, Object>> nodes, List<Map<String, Object>> edges, boolean truncated,
                           long totalNodes) {
    }

    public Health health() {
        Record r = db.read(tx -> tx.run(COUNTS).single());
        return new Health("ok", r.get("version").asString(), db.description(), r.get("entities").asLong(),
                r.get("articles").asLong(), r.get("claims").asLong(), r.get("sentences").asLong());
    }

    /** The exploration relation types present in the database (the whitelist, not the claim structure). */
    public List<String> relationTypes() {
        return db.read(tx -> tx.run(RELATIONSHIP_TYPES).list(r -> r.get(0).asString())).stream()
                .filter(RelationType::isKnown).toList();
    }

    /** The graph as Cytoscape elements, at most {@code limit} nodes (the best connected). */
    public Elements graph(int limit) {
        return elements(TOP_NODES, Map.of("limit", limit), true);
    }

    /** The given entities (those that exist) and the edges among them. */
    public Elements elementsAmong(List<String> entityIds) {
        return elements(NODES_BY_ID, Map.of("ids", entityIds), false);
    }

    /** As {@link #elementsAmong(List)}, inside a transaction the caller holds. */
    Elements elementsAmong(TransactionContext tx, List<String> entityIds) {
        return elements(tx, NODES_BY_ID, Map.of("ids", entityIds), false);
    }

    private Elements elements(String nodeQuery, Map<String, Object> params, boolean countTotal) {
        return db.read(tx -> elements(tx, nodeQuery, params, countTotal));
    }

    private static Elements elements(TransactionContext tx, String nodeQuery, Map<String, Object> params, boolean countTotal) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Record r : tx.run(nodeQuery, params).list()) {
            Map<String, Object> data = new HashMap<>();
            for (String k : List.of("id", "name", "type", "role")) {
                data.put(k, r.get(k).asString(null));
            }
            data.put("label", data.get("name"));
            data.put("discovered", r.get("discovered").asBoolean(false));
            data.put("degree", r.get("degree").asLong());
            ids.add((String) data.get("id"));
            nodes.add(Map.of("data", data));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Record r : tx.run(EDGES_AMONG, Map.of("ids", new ArrayList<>(ids))).list()) {
            Map<String, Object> data = Rows.map(r);
            data.put("label", data.get("type"));
            // a meeting or a treaty has no direction: the page draws it without an arrowhead
            data.put("symmetric", RelationType.isKnown((String) data.get("type"))
                    && RelationType.parse((String) data.get("type")).symmetric());
            edges.add(Map.of("data", data));
        }
        long total = countTotal ? tx.run(COUNT_CONNECTED).single().get("n").asLong() : nodes.size();
        return new Elements(nodes, edges, total > nodes.size(), total);
    }

}
