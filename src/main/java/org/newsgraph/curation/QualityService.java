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
 * confidence first), the suggestions still to decide (highest expected value first) with the scorer's figures, and the verdicts as a test set in the JSON Lines that {@code eval/score.py} reads.
 */
public final class QualityService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TOTALS = """
            MATCH (c:Claim) WHERE c.status <> 'suggested' OR c.verdict IS NOT NULL // open suggestions are counted apart
            RETURN count(c) AS claims, count(c.verdict) AS reviewed,
                   count(CASE WHEN c.origin = 'analyst' THEN 1 END) AS added""";

    private static final String PRECISION = """
            MATCH (c:Claim) WHERE c.verdict IS NOT NULL AND coalesce(c.origin, 'machine') <> 'analyst'
            WITH %s AS key, c.verdict AS v
            WITH key, count(*) AS reviewed, count(CASE WHEN v = 'accepted' THEN 1 END) AS accepted,
                 count(CASE WHEN v = 'rejected' THEN 1 END) AS rejected, count(CASE WHEN v = 'corrected' THEN 1 END) AS corrected
            RETURN key, reviewed, accepted, rejected, corrected, round(toFloat(accepted) / reviewed, 3) AS precision
            ORDER BY reviewed DESC, key""";

    /** Claims still to review, lowest confidence first, each with both entities' spans in its sentence. */
    private static final String QUEUE = """
            MATCH (c:Claim)-[:STATED_IN]->(s:Sentence) WHERE c.verdict IS NULL AND c.status <> 'suggested'
            WITH c, s ORDER BY c.confidence ASC, c.id LIMIT $limit
            OPTIONAL MATCH (x:Entity {id: c.subject})
            OPTIONAL MATCH (y:Entity {id: c.object})
            OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity) WHERE e.id IN [c.subject, c.object]
            WITH c, s, x, y, collect({entity: e.id, start: m.start - s.start, end: m.end - s.start}) AS marks
            RETURN c.id AS claim, c.type AS type, c.subject AS source, x.name AS sourceName, c.object AS target,
                   y.name AS targetName, c.status AS status, c.confidence AS confidence, c.rule AS rule,
                   coalesce(c.rev, 0) AS rev, s.text AS sentence, s.id AS sentenceId, c.article AS article,
                   [k IN marks WHERE k.entity IS NOT NULL] AS marks
            ORDER BY confidence ASC, claim""";

    /**
     * Suggestions still to decide, by expected value: how unsure the scorer was (1 at a score of 0.5, 0 at 0 or 1)
     * times how central the pair is (the log of the two entities' degrees), each with both entities' spans in its
     * sentence (offsets within the sentence).
     */
    private static final String SUGGESTIONS = """
            MATCH (c:Claim {status: 'suggested'}) WHERE c.verdict IS NULL
            MATCH (x:Entity {id: c.subject})
            MATCH (y:Entity {id: c.object})
            WITH c, x, y, (1 - abs(2 * coalesce(c.score, 0.5) - 1)) * log(2 + x.degree + y.degree) AS value
            ORDER BY value DESC, c.id LIMIT $limit
            MATCH (c)-[:STATED_IN]->(s:Sentence)
            OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity) WHERE e.id IN [c.subject, c.object]
            WITH c, x, y, value, s, collect({entity: e.id, start: m.start - s.start, end: m.end - s.start}) AS marks
            RETURN c.id AS claim, c.type AS type, c.subject AS source, x.name AS sourceName, c.object AS target,
                   y.name AS targetName, c.readStatus AS readStatus, c.score AS score, round(value, 3) AS value,
                   c.rule AS rule, coalesce(c.rev, 0) AS rev, s.text AS sentence, c.article AS article,
                   [k IN marks WHERE k.entity IS NOT NULL] AS marks
            ORDER BY value DESC, claim""";

    private static final String SUGGESTION_COUNT = """
            MATCH (c:Claim {status: 'suggested'}) WHERE c.verdict IS NULL RETURN count(c) AS n""";

    private static final String VERDICTS = """
            MATCH (c:Claim)-[:STATED_IN]->(s:Sentence) WHERE c.verdict IN ['accepted', 'corrected']
            MATCH (x:Entity {id: c.subject})
            MATCH (y:Entity {id: c.object})
            RETURN x.name AS source, c.type AS type, y.name AS target, c.article AS article, s.text AS evidence,
                   c.status AS status
            ORDER BY article, evidence, type""";

    private final Neo4jConnection db;
    private final Map<String, Object> model;

    /** {@code model}: what the scorer's file says of itself (trained when, on what, cross-validated figures), or null. */
    public QualityService(Neo4jConnection db, Map<String, Object> model) {
        this.db = db;
        this.model = model;
    }

    /** Totals, precision by relation type (as the machine said it) and by rule, and the review queue. */
    public Map<String, Object> quality(int queueLimit) {
        return db.read(tx -> {
            Map<String, Object> out = new LinkedHashMap<>(tx.run(TOTALS).single().asMap());
            out.put("byType", tx.run(PRECISION.formatted("coalesce(c.machineType, c.type)")).list(r -> r.asMap()));
            out.put("byRule", tx.run(PRECISION.formatted("coalesce(c.rule, 'unknown')")).list(r -> r.asMap()));
            out.put("queue", tx.run(QUEUE, Map.of("limit", queueLimit)).list(r -> r.asMap()));
            out.put("suggestionsOpen", tx.run(SUGGESTION_COUNT).single().get("n").asLong());
            out.put("suggestions", tx.run(SUGGESTIONS, Map.of("limit", queueLimit)).list(r -> r.asMap()));
            out.put("model", model);
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
