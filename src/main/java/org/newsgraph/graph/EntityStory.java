package org.newsgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.RelationType;

/**
 * What the entity panel tells beyond the details: the entity's relations as a table (the keyboard route into the
 * graph), the sentences that mention it, and the claims attributed to it — so an entity without relations (a
 * quoted expert, a place) still has a story.
 */
public final class EntityStory {
    private static final String RELATIONS = RelationType.expand("""
            MATCH (e:Entity {id: $id})-[r:EXPLORATION]-(n:Entity)
            WITH e, r, n ORDER BY r.claims DESC, r.articles DESC, type(r), n.id
            WITH e, collect({type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
                 other: n.id, otherName: n.name, otherType: n.type, claims: r.claims, articles: r.articles,
                 status: r.status, firstDate: r.firstDate, lastDate: r.lastDate, edge: elementId(r)}) AS found
            RETURN found[0..$limit] AS relations, size(found) AS total""");

    private static final String MENTIONS = """
            MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(s:Sentence)-[:IN]->(a:Article)
            WITH e, s, a, collect({start: m.start - s.start, end: m.end - s.start}) AS marks
            ORDER BY a.published DESC, a.id, s.index
            WITH e, collect({sentence: s.text, marks: marks, article: a.id, title: a.title, outlet: a.outlet,
                 published: a.published, url: a.url, zone: s.zone, sentenceId: s.id,
                 named: COLLECT { MATCH (s)-[:MENTIONS]->(n:Entity) RETURN DISTINCT {id: n.id, name: n.name} },
                 others: COLLECT { MATCH (s)-[:MENTIONS]->(o:Entity) WHERE o <> e RETURN DISTINCT o.name }}) AS found
            RETURN found[0..$limit] AS mentions, size(found) AS total""";

    /** Claims whose speaker is the entity (by name or alias): what it is quoted about. */
    private static final String QUOTED = """
            MATCH (e:Entity {id: $id})
            UNWIND [e.name] + coalesce(e.aliases, []) AS said
            MATCH (c:Claim {attributedTo: said})-[:STATED_IN]->(s:Sentence) WHERE c.status <> 'suggested'
            OPTIONAL MATCH (x:Entity {id: c.subject})
            OPTIONAL MATCH (y:Entity {id: c.object})
            WITH DISTINCT c, s, x, y ORDER BY c.article, s.index LIMIT $limit
            RETURN c.id AS claim, c.type AS type, c.subject AS source, x.name AS sourceName, c.object AS target,
                   y.name AS targetName, c.status AS status, s.text AS sentence""";

    private final Neo4jConnection db;

    public EntityStory(Neo4jConnection db) {
        this.db = db;
    }

    /** Up to {@code limit} relations, strongest first, with the total; not found for an unknown id. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> relations(String asked, int limit) {
        return db.read(tx -> {
            String id = requireEntity(tx, asked);
            Map<String, Object> out = firstOrNone(tx.run(RELATIONS, Map.of("id", id, "limit", limit)).list(), "relations");
            List<Map<String, Object>> relations = new java.util.ArrayList<>();
            for (Object o : (List<?>) out.get("relations")) {
                Map<String, Object> r = new HashMap<>((Map<String, Object>) o);
                String type = (String) r.get("type");
                r.put("symmetric", RelationType.isKnown(type) && RelationType.parse(type).symmetric()); // no arrow
                relations.add(r);
            }
            out.put("relations", relations);
            return out;
        });
    }

    /** Up to {@code limit} mentioning sentences, newest article first, and up to {@code limit} quoted claims. */
    public Map<String, Object> mentions(String asked, int limit) {
        return db.read(tx -> {
            String id = requireEntity(tx, asked);
            Map<String, Object> out = firstOrNone(tx.run(MENTIONS, Map.of("id", id, "limit", limit)).list(), "mentions");
            List<Map<String, Object>> quoted = tx.run(QUOTED, Map.of("id", id, "limit", limit)).list(Rows::map);
            out.put("quoted", quoted);
            return out;
        });
    }

    /** The one aggregated row, or an empty list and total 0 when the match found nothing. */
    private static Map<String, Object> firstOrNone(List<org.neo4j.driver.Record> rows, String listName) {
        return rows.isEmpty() ? new HashMap<>(Map.of(listName, List.of(), "total", 0L)) : new HashMap<>(Rows.map(rows.get(0)));
    }

    /** The entity's id now (an id merged away resolves to where it went); not found when there is none. */
    private static String requireEntity(TransactionContext tx, String id) {
        return ExploreQueries.resolve(tx, id);
    }
}
