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

    /**
     * What a view shows of each entity, and what it keeps of its edges with the others of the view ({@code found}: the
     * pairs of its ranked neighbours among {@code ids}, see {@link KeptEdges}): one query gives a view's nodes and
     * edges. Follows a WITH that binds {@code e} and {@code ids}.
     */
    private static final String NODE_COLUMNS = """
            RETURN e.id AS id, e.name AS name, e.type AS type, e.role AS role, e.discovered AS discovered,
                   coalesce(e.degree, COUNT { (e)-[:EXPLORATION]-() }) AS degree, e.pairs IS NOT NULL AS kept,
                   e.pagerank AS pagerank, e.betweenness AS betweenness, e.community AS community,
                   [i IN range(0, size(coalesce(e.ranked, [])) - 1) WHERE e.ranked[i] IN ids | [e.ranked[i], e.pairs[i]]] AS found
            ORDER BY degree DESC, id""";

    /**
     * The most connected entities first, so a capped view keeps the core of the network: read in degree order from
     * the {@code entity_degree} index (the loader and curation keep {@code degree}), not counted for every entity.
     */
    private static final String TOP_NODES = RelationType.expand("""
            MATCH (e:Entity) WHERE e.degree > 0
            WITH e ORDER BY e.degree DESC, e.id LIMIT $limit
            WITH collect(e) AS es
            WITH es, [x IN es | x.id] AS ids
            UNWIND es AS e
            WITH e, ids
            """ + NODE_COLUMNS);

    static final String NODES_BY_ID = RelationType.expand("""
            MATCH (e:Entity) WHERE e.id IN $ids
            WITH e, $ids AS ids
            """ + NODE_COLUMNS);

    /**
     * The edges among a set of entities. EXPLAIN shows the planner seeks the sources by index, expands them and
     * filters the targets; forcing Expand(Into) with a WITH barrier was not faster for neighbour sets (mostly hubs).
     */
    static final String EDGES_AMONG = RelationType.expand("""
            MATCH (s:Entity) WHERE s.id IN $ids
            MATCH (t:Entity) WHERE t.id IN $ids
            MATCH (s)-[r:EXPLORATION]->(t)
            WITH s, t, r ORDER BY r.claims DESC, elementId(r) LIMIT $maxEdges
            RETURN s.id AS source, t.id AS target, type(r) AS type, r.status AS status, r.claims AS claims,
                   r.articles AS articles, r.sources AS outlets, r.independentSources AS independentSources,
                   EXISTS { (:Claim {type: 'DENIED'})-[:CONTESTS]->(:Claim {type: type(r), subject: s.id, object: t.id}) }
                   AS contested,
                   r.firstDate AS firstDate, r.lastDate AS lastDate, r.disputed AS disputed, elementId(r) AS id
            ORDER BY source, type, target""");

    /**
     * The edges among a set of entities as known on {@code $asOf}: built from the claims reported (published) by
     * then, not rejected, with the status as it stood then; ids are those of today's edges, so a view keeps them.
     */
    private static final String EDGES_AS_OF = """
            MATCH (s:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(t:Entity)
            WHERE s.id IN $ids AND t.id IN $ids AND c.reported <= $asOf AND ((c.verdict IS NULL OR c.verdict <> 'rejected') AND c.status <> 'suggested')
            WITH s, t, c.type AS type, collect(c) AS cs
            ORDER BY size(cs) DESC, s.id, type, t.id LIMIT $maxEdges
            OPTIONAL MATCH (s)-[r]->(t) WHERE type(r) = type
            WITH s, t, type, cs, head(collect(r)) AS r
            RETURN s.id AS source, t.id AS target, type, size(cs) AS claims,
                   size(reduce(a = [], c IN cs | CASE WHEN c.article IN a THEN a ELSE a + c.article END)) AS articles,
                   size(reduce(o = [], c IN cs | CASE WHEN c.outlet IS NULL OR c.outlet IN o THEN o ELSE o + c.outlet END)) AS outlets,
                   reduce(m = null, c IN cs | CASE WHEN c.date IS NOT NULL AND (m IS NULL OR c.date < m) THEN c.date ELSE m END) AS firstDate,
                   reduce(m = null, c IN cs | CASE WHEN c.date IS NOT NULL AND (m IS NULL OR c.date > m) THEN c.date ELSE m END) AS lastDate,
                   %s AS status,
                   any(c IN cs WHERE c.status = 'denied') AS disputed,
                   coalesce(elementId(r), 'asof:' + s.id + '|' + type + '|' + t.id) AS id
            ORDER BY source, type, target"""
            .formatted(org.newsgraph.model.Status.strongestIn("[c IN cs | c.status]"));

    /** The entities most named by claims reported by {@code $asOf}: the first view of that day. */
    private static final String TOP_AS_OF = """
            MATCH (c:Claim) WHERE c.reported <= $asOf AND ((c.verdict IS NULL OR c.verdict <> 'rejected') AND c.status <> 'suggested')
            UNWIND [c.subject, c.object] AS id
            WITH id, count(*) AS n ORDER BY n DESC, id LIMIT $limit
            RETURN collect(id) AS ids""";

    private static final String BEST_CONNECTED = """
            MATCH (e:Entity) WHERE e.degree > 0 RETURN e.id AS id ORDER BY e.degree DESC, id LIMIT $limit""";

    private static final String RELATIONSHIP_TYPES = """
            CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType""";

    private static final String COUNT_CONNECTED = """
            MATCH (e:Entity) WHERE e.degree > 0 RETURN count(e) AS n""";

    /** Edges sent per entity sent (and at least {@link #MIN_EDGES}): a view of N entities holds 10 N edges at most. */
    static final int EDGES_PER_NODE = 10;
    static final int MIN_EDGES = 100;

    private final Neo4jConnection db;

    public GraphQueries(Neo4jConnection db) {
        this.db = db;
    }

    /** The store's write count: answers read under an older one are stale (see {@link Neo4jConnection#generation()}). */
    public long generation() {
        return db.generation();
    }

    public record Health(String status, String neo4j, String database, long entities, long articles, long claims,
                         long sentences) {
    }

    /**
     * Cytoscape elements: nodes, edges, whether more entities exist than were sent ({@code truncated}, of
     * {@code totalNodes}), and whether only the strongest edges among them were sent ({@code edgesTruncated}).
     */
    public record Elements(List<Map<String, Object>> nodes, List<Map<String, Object>> edges, boolean truncated,
                           long totalNodes, boolean edgesTruncated) {
        public Elements(List<Map<String, Object>> nodes, List<Map<String, Object>> edges, boolean truncated, long totalNodes) {
            this(nodes, edges, truncated, totalNodes, false);
        }

        /** Only the nodes an edge touches, and {@code keep}: what a neighbourhood as of a past day shows. */
        @SuppressWarnings("unchecked")
        public Elements joinedTo(String keep) {
            Set<Object> touched = new HashSet<>(Set.of(keep));
            for (Map<String, Object> e : edges) {
                Map<String, Object> d = (Map<String, Object>) e.get("data");
                touched.add(d.get("source"));
                touched.add(d.get("target"));
            }
            List<Map<String, Object>> kept = nodes.stream()
                    .filter(n -> touched.contains(((Map<String, Object>) n.get("data")).get("id"))).toList();
            return new Elements(kept, edges, truncated, kept.size(), edgesTruncated);
        }
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

    /** The ids of the {@code limit} best-connected entities, the best first (from the degree index). */
    public List<String> bestConnected(int limit) {
        return db.read(tx -> tx.run(BEST_CONNECTED, Map.of("limit", limit)).list(r -> r.get("id").asString()));
    }

    /** The graph as Cytoscape elements, at most {@code limit} nodes (the best connected). */
    public Elements graph(int limit) {
        return elements(TOP_NODES, Map.of("limit", limit), true);
    }

    /** The graph as it was known on {@code asOf} (YYYY-MM-DD): at most {@code limit} entities, the most named first. */
    public Elements graphAsOf(int limit, String asOf) {
        return db.read(tx -> {
            List<String> ids = tx.run(TOP_AS_OF, Map.of("asOf", asOf, "limit", limit)).single().get("ids")
                    .asList(org.neo4j.driver.Value::asString);
            return elementsAmongAsOf(tx, ids, asOf);
        });
    }

    /** The given entities and the edges among them as known on {@code asOf} (all of today's when null). */
    Elements elementsAmongAsOf(TransactionContext tx, List<String> entityIds, String asOf) {
        if (asOf == null) {
            return elementsAmong(tx, entityIds);
        }
        return elements(tx, NODES_BY_ID, Map.of("ids", entityIds), false, EDGES_AS_OF, asOf);
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
        return elements(tx, nodeQuery, params, countTotal, EDGES_AMONG, null);
    }

    private static Elements elements(TransactionContext tx, String nodeQuery, Map<String, Object> params, boolean countTotal,
                                     String edgeQuery, String asOf) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Record> rows = tx.run(nodeQuery, params).list();
        for (Record r : rows) {
            Map<String, Object> data = new HashMap<>();
            for (String k : List.of("id", "name", "type", "role")) {
                data.put(k, r.get(k).asString(null));
            }
            data.put("label", data.get("name"));
            data.put("discovered", r.get("discovered").asBoolean(false));
            data.put("degree", r.get("degree").asLong());
            // the whole graph's structure (org.newsgraph.structure), once computed: node size and colour switches
            for (String k : List.of("pagerank", "betweenness")) {
                if (!r.get(k).isNull()) {
                    data.put(k, r.get(k).asDouble());
                }
            }
            if (!r.get("community").isNull()) {
                data.put("community", r.get("community").asLong());
            }
            ids.add((String) data.get("id"));
            nodes.add(Map.of("data", data));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        // answers sized for a screen: at most this many edges, the strongest (most claims) first
        long maxEdges = Math.max(MIN_EDGES, EDGES_PER_NODE * (long) ids.size());
        Map<String, Object> edgeParams = new HashMap<>(Map.of("ids", new ArrayList<>(ids), "maxEdges", maxEdges));
        edgeParams.put("asOf", asOf);
        List<Map<String, Object>> found = edgeQuery.equals(EDGES_AMONG) ? KeptEdges.strongest(rows, maxEdges) : null;
        if (found == null) {
            found = tx.run(edgeQuery, edgeParams).list(Rows::map);
        }
        for (Map<String, Object> data : found) {
            data.put("label", data.get("type"));
            // a meeting or a treaty has no direction: the page draws it without an arrowhead
            data.put("symmetric", RelationType.isKnown((String) data.get("type"))
                    && RelationType.parse((String) data.get("type")).symmetric());
            edges.add(Map.of("data", data));
        }
        long total = countTotal ? tx.run(COUNT_CONNECTED).single().get("n").asLong() : nodes.size();
        return new Elements(nodes, edges, total > nodes.size(), total, edges.size() >= maxEdges);
    }

}
