package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.RelationType;

/**
 * The suggestions among the entities of a view: relations the learned scorer was unsure of (claims with status
 * {@code suggested}), no analyst has decided yet, whose two ends are both in view. They make no exploration edge;
 * the page draws them dotted on request ("Show suggestions"), each with its sentence, so it can be decided there.
 */
public final class SuggestionQueries {
    /**
     * The most likely first (by score); both ends' spans in the sentence as offsets within it. Read from the
     * {@code claim_status} index: the open suggestions are few beside the claims.
     */
    private static final String AMONG = """
            MATCH (c:Claim {status: 'suggested'})
            WHERE c.verdict IS NULL AND c.subject IN $ids AND c.object IN $ids
            WITH c ORDER BY coalesce(c.score, 0) DESC, c.id LIMIT $limit
            MATCH (c)-[:STATED_IN]->(s:Sentence)
            OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity) WHERE e.id IN [c.subject, c.object]
            WITH c, s, collect({entity: e.id, start: m.start - s.start, end: m.end - s.start}) AS marks
            RETURN 'suggestion:' + c.id AS id, c.subject AS source, c.object AS target, c.type AS type,
                   c.score AS score, c.id AS claim, s.text AS sentence, c.readStatus AS readStatus, c.rule AS rule,
                   coalesce(c.rev, 0) AS rev, c.article AS article, [k IN marks WHERE k.entity IS NOT NULL] AS marks
            ORDER BY coalesce(score, 0) DESC, claim""";

    private final Neo4jConnection db;

    public SuggestionQueries(Neo4jConnection db) {
        this.db = db;
    }

    /**
     * Up to {@code limit} open suggestions whose subject and object are both among {@code ids}, the most likely
     * first; each says whether its type has a direction ({@code symmetric}: drawn without an arrowhead).
     */
    public List<Map<String, Object>> among(List<String> ids, int limit) {
        return db.read(tx -> tx.run(AMONG, Map.of("ids", ids, "limit", limit)).list(r -> {
            Map<String, Object> edge = Rows.map(r);
            String type = (String) edge.get("type");
            edge.put("symmetric", RelationType.isKnown(type) && RelationType.parse(type).symmetric());
            return edge;
        }));
    }
}
