package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.db.Neo4jConnection;

/**
 * What changed since a day, for a returning analyst: entities first named in an article published since, edges
 * first reported since, and edges whose status or number of claims changed since — each with its newest evidence.
 * A claim counts from the day its article was published ({@code reported}); rejected claims never count.
 */
public final class DigestQueries {
    /** At most this many entities and this many edges in one digest. */
    static final int MAX_ROWS = 500;

    private static final String NEW_ENTITIES = """
            MATCH (e:Entity)<-[:MENTIONS]-(:Sentence)-[:IN]->(a:Article) WHERE a.published IS NOT NULL
            WITH e, min(a.published) AS first WHERE first >= $since
            RETURN e.id AS id, e.name AS name, e.type AS type, first
            ORDER BY first, name LIMIT $max""";

    private static final String STATUS = """
            CASE WHEN any(c IN %1$s WHERE c.status = 'fact') THEN 'fact'
                 WHEN any(c IN %1$s WHERE c.status = 'reported') THEN 'reported'
                 WHEN any(c IN %1$s WHERE c.status = 'speculative') THEN 'speculative'
                 WHEN size(%1$s) > 0 THEN 'denied' END""";

    private static final String CHANGED_EDGES = """
            MATCH (c:Claim) WHERE c.reported >= $since AND ((c.verdict IS NULL OR c.verdict <> 'rejected') AND c.status <> 'suggested')
            WITH DISTINCT c.subject AS source, c.type AS type, c.object AS target
            MATCH (s:Entity {id: source})<-[:SUBJECT]-(c:Claim {type: type})-[:OBJECT]->(t:Entity {id: target})
            WHERE (c.verdict IS NULL OR c.verdict <> 'rejected') AND c.status <> 'suggested'
            MATCH (c)-[:STATED_IN]->(x:Sentence)-[:IN]->(a:Article)
            WITH s, t, type, c, x, a ORDER BY c.reported DESC, c.id
            WITH s, t, type, collect(c) AS cs, head(collect({sentence: x.text, title: a.title, outlet: a.outlet,
                 published: a.published, url: a.url, article: a.id, sentenceId: x.id})) AS newest
            WITH s, t, type, cs, newest, [c IN cs WHERE c.reported < $since] AS before
            RETURN s.id AS source, s.name AS sourceName, type, t.id AS target, t.name AS targetName,
                   size(before) AS claimsBefore, size(cs) AS claimsNow,
                   %s AS statusBefore, %s AS statusNow, newest,
                   CASE WHEN size(before) = 0 THEN 'new' ELSE 'changed' END AS change
            ORDER BY change DESC, claimsNow DESC, sourceName, type LIMIT $max""".formatted(
            STATUS.formatted("before"), STATUS.formatted("cs"));

    private final Neo4jConnection db;

    public DigestQueries(Neo4jConnection db) {
        this.db = db;
    }

    /** The digest since {@code since} (YYYY-MM-DD, inclusive). */
    public record Digest(String since, List<Map<String, Object>> entities, List<Map<String, Object>> edges) {
    }

    public Digest since(String since) {
        return db.read(tx -> {
            Map<String, Object> p = Map.of("since", since, "max", MAX_ROWS);
            List<Map<String, Object>> entities = tx.run(NEW_ENTITIES, p).list(r -> r.asMap());
            List<Map<String, Object>> edges = new ArrayList<>();
            for (Map<String, Object> e : tx.run(CHANGED_EDGES, p).list(r -> r.asMap())) {
                boolean sameStatus = java.util.Objects.equals(e.get("statusBefore"), e.get("statusNow"));
                if (!"new".equals(e.get("change")) && sameStatus && e.get("claimsBefore").equals(e.get("claimsNow"))) {
                    continue;
                }
                edges.add(e);
            }
            return new Digest(since, entities, edges);
        });
    }
}
