package org.newsgraph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.RelationType;

/** Reads what an export holds from the graph: a neighbourhood, a set of entities, or given edges. */
public final class SubgraphReader {
    public static final int MAX_HOPS = 5;
    public static final int MAX_ENTITIES = 20_000;

    private static final String EXISTING = """
            MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id""";
    private static final String NEXT_HOP = RelationType.expand("""
            MATCH (e:Entity)-[:EXPLORATION]-(n:Entity) WHERE e.id IN $ids AND NOT n.id IN $seen
            RETURN DISTINCT n.id AS id LIMIT $limit""");
    private static final String ENTITIES = """
            MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, labels(e) AS labels, properties(e) AS props""";
    private static final String EDGES_AMONG = RelationType.expand("""
            MATCH (a:Entity) WHERE a.id IN $ids
            MATCH (b:Entity) WHERE b.id IN $ids
            MATCH (a)-[r:EXPLORATION]->(b)
            RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props""");
    private static final String EDGES_BY_ELEMENT_ID = """
            MATCH (a:Entity)-[r]->(b:Entity) WHERE elementId(r) IN $eids
            RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props""";
    private static final String CLAIMS = """
            UNWIND $triples AS t
            MATCH (c:Claim {type: t.type, subject: t.source, object: t.target})-[:STATED_IN]->(s:Sentence)-[:IN]->(a:Article)
            WHERE c.status <> 'suggested' AND (c.verdict IS NULL OR c.verdict <> 'rejected') AND ($asOf IS NULL OR c.reported <= $asOf)
            RETURN t.key AS edge, c.id AS claim, labels(c) AS claimLabels, properties(c) AS claimProps,
                   s.id AS sentence, labels(s) AS sentenceLabels, properties(s) AS sentenceProps,
                   a.id AS article, labels(a) AS articleLabels, properties(a) AS articleProps""";
    private static final String CLAIM_ROLES = """
            MATCH (c:Claim)-[r:SUBJECT|OBJECT|ITEM|AT|ASSERTED_BY]->(e:Entity) WHERE c.id IN $claims AND e.id IN $ids
            RETURN c.id AS claim, type(r) AS type, e.id AS entity, properties(r) AS props""";

    /** The analysts' notes on these entities, relations (source|TYPE|target) and articles, oldest first. */
    private static final String NOTES = """
            MATCH (n:Note)
            WHERE (n.targetKind = 'entity' AND n.targetKey IN $entities) OR (n.targetKind = 'relation' AND n.targetKey IN $relations)
               OR (n.targetKind = 'article' AND n.targetKey IN $articles)
            RETURN n.id AS id, n.targetKind AS kind, n.targetKey AS key, n.text AS text, n.analyst AS analyst, n.at AS at
            ORDER BY n.at, n.id""";

    private final Neo4jConnection db;

    /** fact, else reported, else speculative, else denied: an edge's status from its claims. */
    private static String strongest(List<Map<String, Object>> evidence) {
        return org.newsgraph.model.Status.strongest(evidence.stream().map(m -> m.get("status")).toList()).name();
    }

    public SubgraphReader(Neo4jConnection db) {
        this.db = db;
    }

    /** The ids among {@code ids} that name an entity. */
    public Set<String> existing(Collection<String> ids) {
        return new LinkedHashSet<>(db.read(tx -> tx.run(EXISTING, Map.of("ids", List.copyOf(ids)))
                .list(r -> r.get("id").asString())));
    }

    /** The entities within {@code hops} relations of the start entities, and every edge among them. */
    public Subgraph neighbourhood(String title, Collection<String> start, int hops) {
        return neighbourhood(title, start, hops, null);
    }

    /** As above, as known on {@code asOf} (YYYY-MM-DD; today when null): see {@link #among(String, Collection, Collection, String)}. */
    public Subgraph neighbourhood(String title, Collection<String> start, int hops, String asOf) {
        return db.read(tx -> {
            Set<String> seen = new LinkedHashSet<>(start);
            List<String> frontier = List.copyOf(start);
            for (int hop = 0; hop < hops && !frontier.isEmpty() && seen.size() < MAX_ENTITIES; hop++) {
                Map<String, Object> p = Map.of("ids", frontier, "seen", List.copyOf(seen), "limit", MAX_ENTITIES - seen.size());
                frontier = tx.run(NEXT_HOP, p).list(r -> r.get("id").asString());
                seen.addAll(frontier);
            }
            return read(tx, title, seen, null, asOf);
        });
    }

    /**
     * The given entities and the edges among them; with {@code edgeIds} (element ids) only those edges, plus
     * their end entities.
     */
    public Subgraph among(String title, Collection<String> entityIds, Collection<String> edgeIds) {
        return among(title, entityIds, edgeIds, null);
    }

    /**
     * As above, as known on {@code asOf} (YYYY-MM-DD; today when null): only the claims reported by then (not
     * rejected) are evidence, an edge with none of them is left out, and each edge's {@code claims} and
     * {@code status} are those of that day ({@code asOf} is set on it).
     */
    public Subgraph among(String title, Collection<String> entityIds, Collection<String> edgeIds, String asOf) {
        return db.read(tx -> read(tx, title, new LinkedHashSet<>(entityIds), edgeIds, asOf));
    }

    private Subgraph read(TransactionContext tx, String title, Set<String> ids, Collection<String> edgeIds, String asOf) {
        List<Record> edgeRows = edgeIds == null
                ? tx.run(EDGES_AMONG, Map.of("ids", List.copyOf(ids))).list()
                : tx.run(EDGES_BY_ELEMENT_ID, Map.of("eids", List.copyOf(edgeIds))).list();
        edgeRows.forEach(r -> {
            ids.add(r.get("source").asString());
            ids.add(r.get("target").asString());
        });
        Map<String, Subgraph.Node> nodes = new TreeMap<>();
        tx.run(ENTITIES, Map.of("ids", List.copyOf(ids))).list()
                .forEach(r -> put(nodes, "Entity", r.get("id").asString(), r.get("labels"), r.get("props")));
        Map<String, List<Map<String, Object>>> evidence = new HashMap<>();
        List<Subgraph.Rel> rels = new ArrayList<>();
        List<Map<String, Object>> triples = new ArrayList<>();
        for (Record r : edgeRows) {
            String key = "Entity:" + r.get("source").asString() + "|" + r.get("type").asString() + "|Entity:" + r.get("target").asString();
            triples.add(Map.of("key", key, "type", r.get("type").asString(), "source", r.get("source").asString(),
                    "target", r.get("target").asString()));
        }
        Set<String> claims = new LinkedHashSet<>();
        Map<String, Object> claimParams = new HashMap<>(Map.of("triples", triples));
        claimParams.put("asOf", asOf);
        for (Record r : tx.run(CLAIMS, claimParams).list()) {
            String claim = r.get("claim").asString();
            claims.add(claim);
            put(nodes, "Claim", claim, r.get("claimLabels"), r.get("claimProps"));
            put(nodes, "Sentence", r.get("sentence").asString(), r.get("sentenceLabels"), r.get("sentenceProps"));
            put(nodes, "Article", r.get("article").asString(), r.get("articleLabels"), r.get("articleProps"));
            rels.add(new Subgraph.Rel("STATED_IN", "Claim:" + claim, "Sentence:" + r.get("sentence").asString(), Map.of(), List.of()));
            rels.add(new Subgraph.Rel("IN", "Sentence:" + r.get("sentence").asString(), "Article:" + r.get("article").asString(), Map.of(), List.of()));
            evidence.computeIfAbsent(r.get("edge").asString(), k -> new ArrayList<>()).add(evidence(r));
        }
        for (Record r : tx.run(CLAIM_ROLES, Map.of("claims", List.copyOf(claims), "ids", List.copyOf(ids))).list()) {
            rels.add(new Subgraph.Rel(r.get("type").asString(), "Claim:" + r.get("claim").asString(),
                    "Entity:" + r.get("entity").asString(), new TreeMap<>(r.get("props").asMap()), List.of()));
        }
        for (Record r : edgeRows) {
            String start = "Entity:" + r.get("source").asString();
            String end = "Entity:" + r.get("target").asString();
            String key = start + "|" + r.get("type").asString() + "|" + end;
            List<Map<String, Object>> ev = new ArrayList<>(evidence.getOrDefault(key, List.of()));
            ev.sort(Comparator.comparing(m -> String.valueOf(m.get("claim"))));
            Map<String, Object> props = new TreeMap<>(r.get("props").asMap());
            if (asOf != null) {
                if (ev.isEmpty()) {
                    continue; // not known yet that day
                }
                props.put("claims", (long) ev.size());
                props.put("status", strongest(ev));
                props.put("asOf", asOf);
            }
            rels.add(new Subgraph.Rel(r.get("type").asString(), start, end, props, ev));
        }
        Map<String, Subgraph.Rel> byKey = new java.util.LinkedHashMap<>();
        rels.forEach(x -> byKey.putIfAbsent(x.key(), x)); // a sentence can state several claims
        List<Subgraph.Rel> distinct = new ArrayList<>(byKey.values());
        distinct.sort(Comparator.comparing(Subgraph.Rel::type).thenComparing(Subgraph.Rel::start).thenComparing(Subgraph.Rel::end));
        return new Subgraph(title, List.copyOf(nodes.values()), distinct, notes(tx, nodes.values(), distinct));
    }

    private static List<Map<String, Object>> notes(TransactionContext tx, Collection<Subgraph.Node> nodes, List<Subgraph.Rel> rels) {
        List<String> entities = nodes.stream().filter(Subgraph.Node::isEntity).map(Subgraph.Node::id).toList();
        List<String> articles = nodes.stream().filter(n -> "Article".equals(n.label())).map(Subgraph.Node::id).toList();
        List<String> relations = rels.stream().filter(Subgraph.Rel::isExploration)
                .map(r -> Subgraph.idOf(r.start()) + "|" + r.type() + "|" + Subgraph.idOf(r.end())).toList();
        return tx.run(NOTES, Map.of("entities", entities, "relations", relations, "articles", articles)).list(r -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", r.get("id").asString());
            m.put("target", Map.of("kind", r.get("kind").asString(), "key", r.get("key").asString()));
            m.put("text", r.get("text").asString());
            m.put("analyst", r.get("analyst").asString(null));
            m.put("at", r.get("at").asString(null));
            return m;
        });
    }

    private static void put(Map<String, Subgraph.Node> nodes, String label, String id, Value labels, Value props) {
        nodes.computeIfAbsent(label + ":" + id, k -> {
            List<String> all = new ArrayList<>(labels.asList(Value::asString));
            all.sort(null);
            Map<String, Object> p = new TreeMap<>(props.asMap());
            if ("Article".equals(label)) {
                p.keySet().removeAll(NOT_EXPORTED);
            }
            return new Subgraph.Node(label, id, all, p);
        });
    }

    /**
     * An article's whole text is kept in the store to rebuild the graph; exports carry the evidence sentences (their
     * Sentence nodes and each relation's evidence), never the whole article, not even with internal fields.
     */
    private static final Set<String> NOT_EXPORTED = Set.of("text", "captions");

    private static Map<String, Object> evidence(Record r) {
        Map<String, Object> c = r.get("claimProps").asMap();
        Map<String, Object> s = r.get("sentenceProps").asMap();
        Map<String, Object> a = r.get("articleProps").asMap();
        Map<String, Object> e = new TreeMap<>();
        e.put("claim", r.get("claim").asString());
        e.put("sentence", s.get("text"));
        e.put("article", r.get("article").asString());
        e.put("title", a.get("title"));
        e.put("outlet", a.get("outlet"));
        e.put("author", a.get("author"));
        e.put("published", a.get("published"));
        e.put("url", a.get("url"));
        e.put("status", c.get("status"));
        e.put("date", c.get("date"));
        e.put("attributedTo", c.get("attributedTo"));
        e.values().removeIf(java.util.Objects::isNull);
        return e;
    }
}
