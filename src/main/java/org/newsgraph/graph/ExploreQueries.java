package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.RelationType;

/** Read queries behind the explorer: search, entity details, neighbours, evidence of an edge. */
public final class ExploreQueries {
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
            RETURN node.id AS id, node.name AS name, node.type AS type, node.role AS role, score
            ORDER BY score DESC, name
            LIMIT $limit""";

    private static final String ENTITY = RelationType.expand("""
            MATCH (e:Entity {id: $id})
            OPTIONAL MATCH (e)<-[:MENTIONS]-(:Sentence)-[:IN]->(a:Article)
            WITH e, a, count(*) AS mentions ORDER BY mentions DESC, a.id
            WITH e, collect(CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, title: a.title, outlet: a.outlet,
                 published: a.published, mentions: mentions} END) AS articles
            RETURN e.id AS id, e.name AS name, e.type AS type, e.role AS role, e.aliases AS aliases,
                   e.discovered AS discovered, COUNT { (e)-[:EXPLORATION]-() } AS degree, articles""");

    /** How many distinct neighbours of each type: the page asks before a large expansion. */
    private static final String NEIGHBOUR_TYPES = RelationType.expand("""
            MATCH (:Entity {id: $id})-[:EXPLORATION]-(n:Entity)
            WITH DISTINCT n
            RETURN n.type AS type, count(*) AS count ORDER BY count DESC, type""");

    private static final String NEIGHBOURS = RelationType.expand("""
            MATCH (e:Entity {id: $id})-[r:EXPLORATION]-(n:Entity)
            WHERE size($types) = 0 OR n.type IN $types
            WITH n, count(r) AS links ORDER BY links DESC, n.id LIMIT $limit
            RETURN collect(n.id) AS ids""");

    private static final String EVIDENCE = """
            MATCH (c:Claim {type: $type, subject: $source, object: $target})-[:STATED_IN]->(s:Sentence)-[:IN]->(a:Article)
            OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity) WHERE e.id IN [$source, $target]
            WITH c, s, a, collect({entity: e.id, start: m.start - s.start, end: m.end - s.start}) AS marks
            ORDER BY a.published, a.id, s.index
            RETURN c.id AS claim, c.status AS status, c.date AS date, c.attributedTo AS attributedTo,
                   c.items AS items, c.place AS place, c.confidence AS confidence, s.text AS sentence,
                   s.zone AS zone, a.id AS article, a.title AS title, a.outlet AS outlet, a.published AS published,
                   a.url AS url, [x IN marks WHERE x.entity IS NOT NULL] AS marks
            LIMIT $limit""";

    /** Only exploration edges between entities count: claims and sentences are not shortcuts. */
    private static final String PATH = RelationType.expand("""
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = shortestPath((a)-[:EXPLORATION*..%d]-(b))
            WHERE all(n IN nodes(p) WHERE n:Entity)
            RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | elementId(r)] AS edges""");

    private static final String TIMELINE = """
            MATCH (:Entity)-[r]->(:Entity) WHERE r.firstDate IS NOT NULL
            RETURN min(r.firstDate) AS first, max(r.lastDate) AS last, count(r) AS dated""";

    private static final String ARTICLES = """
            MATCH (a:Article)
            RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published, a.url AS url,
                   COUNT { (:Claim {article: a.id}) } AS claims
            ORDER BY a.published DESC, a.id""";

    private static final String ARTICLE_EDGES = """
            MATCH (c:Claim {article: $id})
            RETURN DISTINCT c.subject AS source, c.type AS type, c.object AS target""";

    private final Neo4jConnection db;
    private final GraphQueries graph;

    public ExploreQueries(Neo4jConnection db, GraphQueries graph) {
        this.db = db;
        this.graph = graph;
    }

    public record Hit(String id, String name, String type, String role, double score) {
    }

    public record Evidence(String source, String type, String target, List<Map<String, Object>> claims) {
    }

    /** Entities whose name or alias matches {@code text}; the last word also matches as a prefix (autocomplete). */
    public List<Hit> search(String text, int limit) {
        String query = luceneQuery(text);
        if (query.isEmpty()) {
            return List.of();
        }
        try (Session s = db.driver().session(db.sessionConfig())) {
            return s.executeRead(tx -> tx.run(SEARCH, Map.of("query", query, "limit", limit)).list(r -> new Hit(
                    r.get("id").asString(), r.get("name").asString(), r.get("type").asString(null),
                    r.get("role").asString(null), r.get("score").asDouble())));
        }
    }

    private static final String EXISTS = """
            RETURN EXISTS { MATCH (:Entity {id: $id}) } AS found""";

    /** Whether an entity has this id (one index lookup). */
    public boolean exists(String id) {
        try (Session s = db.driver().session(db.sessionConfig())) {
            return s.executeRead(tx -> tx.run(EXISTS, Map.of("id", id)).single().get("found").asBoolean());
        }
    }

    /** Details of one entity, or null when there is none with that id; one transaction for both queries. */
    public Map<String, Object> entity(String id) {
        try (Session s = db.driver().session(db.sessionConfig())) {
            return s.executeRead(tx -> {
                List<Record> rows = tx.run(ENTITY, Map.of("id", id)).list();
                if (rows.isEmpty()) {
                    return null;
                }
                Map<String, Object> entity = new HashMap<>(Rows.map(rows.get(0)));
                Map<String, Object> byType = new java.util.LinkedHashMap<>();
                tx.run(NEIGHBOUR_TYPES, Map.of("id", id))
                        .forEachRemaining(r -> byType.put(r.get("type").asString("Unknown"), r.get("count").asLong()));
                entity.put("neighbourTypes", byType);
                entity.put("neighbours", byType.values().stream().mapToLong(v -> (Long) v).sum());
                return entity;
            });
        }
    }

    /**
     * The entity and up to {@code limit} neighbours (optionally of some types), with the edges among them, read in
     * one transaction; null when there is no such entity.
     */
    public GraphQueries.Elements neighbours(String id, List<String> types, int limit) {
        try (Session s = db.driver().session(db.sessionConfig())) {
            return s.executeRead(tx -> {
                if (!tx.run(EXISTS, Map.of("id", id)).single().get("found").asBoolean()) {
                    return null;
                }
                List<String> all = new ArrayList<>(tx.run(NEIGHBOURS, Map.of("id", id, "types", types, "limit", limit))
                        .single().get("ids").asList(Value::asString));
                all.add(id);
                return graph.elementsAmong(tx, all);
            });
        }
    }

    /** Every claim behind the edge (source, type, target), with its sentence and where the two entities stand. */
    public Evidence evidence(String source, RelationType type, String target, int limit) {
        String from = source;
        String to = target;
        if (type.symmetric() && from.compareTo(to) > 0) {
            from = target;
            to = source;
        }
        Map<String, Object> params = new HashMap<>(Map.of("type", type.name(), "source", from, "target", to,
                "limit", limit));
        try (Session s = db.driver().session(db.sessionConfig())) {
            List<Map<String, Object>> claims = s.executeRead(tx -> tx.run(EVIDENCE, params).list(Rows::map));
            return new Evidence(from, type.name(), to, claims);
        }
    }

    public record Path(List<String> nodes, List<String> edges, GraphQueries.Elements elements) {
    }

    /** The shortest chain of exploration edges between two entities (at most {@code maxHops}), or null. */
    public Path shortestPath(String from, String to, int maxHops) {
        try (Session s = db.driver().session(db.sessionConfig())) {
            List<Record> rows = s.executeRead(tx -> tx.run(PATH.formatted(maxHops), Map.of("from", from, "to", to)).list());
            if (rows.isEmpty()) {
                return null;
            }
            List<String> ids = rows.get(0).get("ids").asList(Value::asString);
            List<String> edges = rows.get(0).get("edges").asList(Value::asString);
            return new Path(ids, edges, graph.elementsAmong(ids));
        }
    }

    /** Earliest and latest relation dates in the graph (ISO prefixes: 2019, 2023-09, 2023-10-19). */
    public Map<String, Object> timeline() {
        try (Session s = db.driver().session(db.sessionConfig())) {
            return Rows.map(s.executeRead(tx -> tx.run(TIMELINE).single()));
        }
    }

    /** The articles in the graph, newest first, with their claim counts. */
    public List<Map<String, Object>> articles() {
        try (Session s = db.driver().session(db.sessionConfig())) {
            return s.executeRead(tx -> tx.run(ARTICLES).list(Rows::map));
        }
    }

    /** The (source, type, target) edges an article supports: "what did this article add?". */
    public List<Map<String, Object>> articleEdges(String articleId) {
        try (Session s = db.driver().session(db.sessionConfig())) {
            return s.executeRead(tx -> tx.run(ARTICLE_EDGES, Map.of("id", articleId)).list(r -> Map.<String, Object>of(
                    "source", r.get("source").asString(), "type", r.get("type").asString(),
                    "target", r.get("target").asString())));
        }
    }

    /** Escapes Lucene syntax and turns the last word into a prefix query: "Pjöng" → "pjöng*". */
    static String luceneQuery(String text) {
        if (text == null) {
            return "";
        }
        String[] words = text.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("[^\\p{L}\\p{N}]", "");
            if (w.isEmpty()) {
                continue;
            }
            sb.append(sb.length() > 0 ? " AND " : "").append(w.toLowerCase()).append(i == words.length - 1 ? "*" : "");
        }
        return sb.toString();
    }

}
