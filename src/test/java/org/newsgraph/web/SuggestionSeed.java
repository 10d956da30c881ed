package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.TestApp;

/**
 * Suggestions put into the review app's store for a test, the way the loader writes them (a claim with status
 * suggested, its reading in readStatus, a score and a learned rule, linked to its sentence and both entities), so
 * tests do not depend on what the scorer happens to find in the seed articles. Each is of {@link #TYPE} between two
 * well-connected entities one sentence names, where no claim of that type joins them yet. {@link #remove} takes
 * back the test's decisions and deletes them again: the review app is shared.
 */
final class SuggestionSeed {
    static final String TYPE = "CRITICIZED";
    static final String RULE = "learned:test";

    /** One inserted suggestion. */
    record Seeded(String claim, String source, String target, String sentence, double score) {
    }

    private static final String PAIRS = """
            MATCH (s:Sentence)-[:MENTIONS]->(x:Entity), (s)-[:MENTIONS]->(y:Entity)
            WHERE x.id < y.id AND x.degree > 0 AND y.degree > 0
              AND NOT EXISTS { MATCH (c:Claim {type: $type}) WHERE c.subject IN [x.id, y.id] AND c.object IN [x.id, y.id] }
            WITH x, y, s ORDER BY x.degree + y.degree DESC, x.id, y.id, s.id
            WITH x, y, head(collect(s)) AS s
            MATCH (s)-[:IN]->(a:Article)
            RETURN x.id AS source, y.id AS target, s.id AS sentence, a.id AS article, a.outlet AS outlet,
                   a.published AS published
            ORDER BY x.degree + y.degree DESC, source, target LIMIT $n""";

    private static final String CREATE = """
            UNWIND $rows AS r
            MATCH (s:Sentence {id: r.sentence})
            MATCH (src:Entity {id: r.source})
            MATCH (tgt:Entity {id: r.target})
            CREATE (c:Claim {id: r.id, type: $type, subject: r.source, object: r.target, status: 'suggested',
                             readStatus: 'reported', score: r.score, confidence: r.score, rule: $rule, article: r.article,
                             outlet: r.outlet, reported: r.published, zone: 'body'})
            CREATE (c)-[:STATED_IN]->(s), (c)-[:SUBJECT]->(src), (c)-[:OBJECT]->(tgt)""";

    private static final String DELETE = """
            MATCH (c:Claim {rule: $rule}) DETACH DELETE c""";

    private SuggestionSeed() {
    }

    /** Puts {@code n} suggestions of distinct pairs into the app's store, scores 0.5, 0.45, 0.4 …; the inserted ones. */
    static List<Seeded> insert(TestApp app, int n) {
        return app.db().write(tx -> {
            List<Seeded> out = new ArrayList<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (org.neo4j.driver.Record r : tx.run(PAIRS, Map.of("type", TYPE, "n", n)).list()) {
                double score = 0.5 - 0.05 * out.size();
                String id = r.get("article").asString() + "#test-suggestion-" + out.size();
                Map<String, Object> row = new HashMap<>(r.asMap());
                row.put("id", id);
                row.put("score", score);
                rows.add(row);
                out.add(new Seeded(id, r.get("source").asString(), r.get("target").asString(), r.get("sentence").asString(), score));
            }
            if (out.size() < n) {
                throw new IllegalStateException("the seed graph has only " + out.size() + " pairs for " + n + " suggestions");
            }
            tx.run(CREATE, Map.of("rows", rows, "type", TYPE, "rule", RULE)).consume();
            return out;
        });
    }

    /** Takes back every standing decision of {@code analyst} (newest first), then deletes the inserted suggestions. */
    static void remove(TestApp app, String analyst) throws Exception {
        HttpResponse<String> r = app.get("/api/curation?limit=500");
        for (JsonNode d : TestApp.json(r).get("decisions")) {
            if (d.get("analyst").asText().equals(analyst) && !d.get("undone").asBoolean(false)) {
                app.postJson("/api/curation/" + d.get("id").asText() + "/undo", "{}", "X-Analyst", "cleanup");
            }
        }
        app.db().write(tx -> tx.run(DELETE, Map.of("rule", RULE)).consume());
    }

    /** How many exploration edges of {@code type} lead from one entity to the other (read with Cypher). */
    static long edges(TestApp app, String source, String type, String target) {
        return app.db().read(tx -> tx.run("MATCH (:Entity {id: $s})-[r]->(:Entity {id: $t}) WHERE type(r) = $type RETURN count(r) AS n",
                Map.of("s", source, "t", target, "type", type)).single().get("n").asLong());
    }

    /** The element id of the exploration edge of {@code type} from one entity to the other (the page's edge id), or null. */
    static String edgeId(TestApp app, String source, String type, String target) {
        return app.db().read(tx -> tx.run("OPTIONAL MATCH (:Entity {id: $s})-[r]->(:Entity {id: $t}) WHERE type(r) = $type"
                + " RETURN elementId(r) AS id LIMIT 1", Map.of("s", source, "t", target, "type", type)).single().get("id").asString(null));
    }

    /** How many claims the exploration edge of {@code type} from one entity to the other counts (0 without one). */
    static long claims(TestApp app, String source, String type, String target) {
        return app.db().read(tx -> tx.run("OPTIONAL MATCH (:Entity {id: $s})-[r]->(:Entity {id: $t}) WHERE type(r) = $type"
                + " RETURN coalesce(sum(r.claims), 0) AS n", Map.of("s", source, "t", target, "type", type)).single().get("n").asLong());
    }

    /** The claim's status and verdict ("" when none), as the store has them. */
    static String state(TestApp app, String claim) {
        return app.db().read(tx -> tx.run("MATCH (c:Claim {id: $id}) RETURN c.status + '/' + coalesce(c.verdict, '') AS s",
                Map.of("id", claim)).single().get("s").asString());
    }
}
