package org.newsgraph.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.db.Neo4jConnection;

/**
 * What the analysts' verdicts say about the extractor: reviewed claims, precision per relation type and per rule
 * (accepted / reviewed; a corrected claim counts as a machine error), the queue of claims still to review (lowest
 * confidence first), and the verdicts as a test set in the JSON Lines that {@code eval/score.py} reads.
 */
public final class QualityService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TOTALS = """
            MATCH (c:Claim)
            RETURN count(c) AS claims, count(c.verdict) AS reviewed,
                   count(CASE WHEN c.origin = 'analyst' THEN 1 END) AS added""";

    private static final String PRECISION = """
            MATCH (c:Claim) WHERE c.verdict IS NOT NULL AND coalesce(c.origin, 'machine') <> 'analyst'
            WITH %s AS key, c.verdict AS v
            WITH key, count(*) AS reviewed, count(CASE WHEN v = 'accepted' THEN 1 END) AS accepted,
                 count(CASE WHEN v = 'rejected' THEN 1 END) AS rejected, count(CASE WHEN v = 'corrected' THEN 1 END) AS corrected
            RETURN key, reviewed, accepted, rejected, corrected, round(toFloat(accepted) / reviewed, 3) AS precision
            ORDER BY reviewed DESC, key""";

    private static final String QUEUE = """
            MATCH (c:Claim)-[:STATED_IN]->(s:Sentence) WHERE c.verdict IS NULL
            WITH c, s ORDER BY c.confidence ASC, c.id LIMIT $limit
            OPTIONAL MATCH (x:Entity {id: c.subject})
            OPTIONAL MATCH (y:Entity {id: c.object})
            RETURN c.id AS claim, c.type AS type, c.subject AS source, x.name AS sourceName, c.object AS target,
                   y.name AS targetName, c.status AS status, c.confidence AS confidence, c.rule AS rule,
                   coalesce(c.rev, 0) AS rev, s.text AS sentence, c.article AS article""";

    private static final String VERDICTS = """
            MATCH (c:Claim)-[:STATED_IN]->(s:Sentence) WHERE c.verdict IN ['accepted', 'corrected']
            MATCH (x:Entity {id: c.subject})
            MATCH (y:Entity {id: c.object})
            RETURN x.name AS source, c.type AS type, y.name AS target, c.article AS article, s.text AS evidence,
                   c.status AS status
            ORDER BY article, evidence, type""";

    private final Neo4jConnection db;

    public QualityService(Neo4jConnection db) {
        this.db = db;
    }

    /** Totals, precision by relation type (as the machine said it) and by rule, and the review queue. */
    public Map<String, Object> quality(int queueLimit) {
        return db.read(tx -> {
            Map<String, Object> out = new LinkedHashMap<>(tx.run(TOTALS).single().asMap());
            out.put("byType", tx.run(PRECISION.formatted("coalesce(c.machineType, c.type)")).list(r -> r.asMap()));
            out.put("byRule", tx.run(PRECISION.formatted("coalesce(c.rule, 'unknown')")).list(r -> r.asMap()));
            out.put("queue", tx.run(QUEUE, Map.of("limit", queueLimit)).list(r -> r.asMap()));
            return out;
        });
    }

    /** Accepted, corrected and added claims, one JSON object per line: {source, type, target, article, evidence, status}. */
    public String goldJsonLines() {
        List<Map<String, Object>> rows = db.read(tx -> tx.run(VERDICTS).list(r -> r.asMap()));
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> r : rows) {
            try {
                sb.append(JSON.writeValueAsString(r)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString();
    }
}
