package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.newsgraph.TestPaths;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.graph.GraphChecksum;

/**
 * The hostile suite of the console: every input below must get exactly the stated outcome over real HTTP, and
 * the graph's checksum must be the same after all of them. The timeout is 2 s here to keep the suite short.
 */
@org.junit.jupiter.api.parallel.Isolated("its 2 s limits and \"still running\" checks need the machine to itself")
class ConsoleSafetyTest {
    @RegisterExtension
    static final TestApp app = TestApp.withLimits();
    @RegisterExtension
    static final TestApp seed = TestApp.seed();

    record Case(String name, byte[] body, int status, String error) {
    }

    static Case query(int status, String error, String cypher) {
        return params(status, error, cypher, "{}");
    }

    static Case params(int status, String error, String cypher, String paramsJson) {
        try {
            String body = "{\"query\": " + JSON.writeValueAsString(cypher) + ", \"params\": " + paramsJson + "}";
            return new Case(cypher.length() > 60 ? cypher.substring(0, 60) : cypher, body.getBytes(StandardCharsets.UTF_8), status, error);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Case raw(int status, String error, String name, byte[] body) {
        return new Case(name, body, status, error);
    }

    static final String REFUSED = "refused";

    static List<Case> hostile() {
        List<Case> c = new ArrayList<>();
        // every write clause, in several spellings
        c.add(query(403, REFUSED, "CREATE (n:X) RETURN n"));
        c.add(query(403, REFUSED, "create (n) return n"));
        c.add(query(403, REFUSED, "/* only reading */ CREATE (n:X)"));
        c.add(query(403, REFUSED, "MERGE (n:Entity {id: 'x'}) RETURN n"));
        c.add(query(403, REFUSED, "MATCH (n:Entity) SET n.name = 'x'"));
        c.add(query(403, REFUSED, "MATCH (n:Entity) SET n:Hacked"));
        c.add(query(403, REFUSED, "MATCH (n:Entity) REMOVE n.name"));
        c.add(query(403, REFUSED, "MATCH (n) DETACH DELETE n"));
        c.add(query(403, REFUSED, "MATCH ()-[r]->() DELETE r"));
        c.add(query(403, REFUSED, "MATCH (a:Entity), (b:Entity) CREATE (a)-[:X]->(b)"));
        c.add(query(403, REFUSED, "FOREACH (x IN [1, 2] | CREATE (:X {x: x}))"));
        c.add(query(403, REFUSED, "CALL { CREATE (:X) } RETURN 1"));
        c.add(query(403, REFUSED, "EXPLAIN CREATE (n)"));
        c.add(query(403, REFUSED, "PROFILE MATCH (n:Entity) SET n.x = 1"));
        c.add(query(403, REFUSED, "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(*)"));
        c.add(query(403, REFUSED, "UNWIND [1] AS x CALL { WITH x CREATE (:X) } IN TRANSACTIONS OF 10 ROWS"));
        // schema and administration
        c.add(query(403, REFUSED, "CREATE INDEX x FOR (n:X) ON (n.y)"));
        c.add(query(403, REFUSED, "CREATE CONSTRAINT c FOR (n:X) REQUIRE n.id IS UNIQUE"));
        c.add(query(403, REFUSED, "DROP CONSTRAINT entity_id"));
        c.add(query(403, REFUSED, "DROP INDEX entity_names"));
        c.add(query(403, REFUSED, "SHOW SETTINGS"));
        c.add(query(403, REFUSED, "SHOW USERS"));
        c.add(query(403, REFUSED, "SHOW TRANSACTIONS"));
        c.add(query(403, REFUSED, "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"));
        c.add(query(403, REFUSED, "CREATE DATABASE other"));
        c.add(query(403, REFUSED, "STOP DATABASE neo4j"));
        c.add(query(403, REFUSED, "CREATE USER bob SET PASSWORD 'secret-secret'"));
        // LOAD CSV: files, traversal, network
        c.add(query(403, REFUSED, "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"));
        c.add(query(403, REFUSED, "LOAD CSV FROM 'file:///../../../../etc/passwd' AS l RETURN l"));
        c.add(query(403, REFUSED, "load csv with headers from \"file:///etc/hosts\" as l return l"));
        c.add(query(403, REFUSED, "LOAD CSV FROM 'http://127.0.0.1:" + app.port() + "/api/health' AS l RETURN l"));
        c.add(query(403, REFUSED, "LOAD CSV FROM 'https://example.com/x.csv' AS l RETURN l"));
        // procedures that leak configuration or act on the DBMS
        c.add(query(403, REFUSED, "CALL dbms.listConfig()"));
        c.add(query(403, REFUSED, "CALL dbms.listConfig() YIELD name, value RETURN name, value"));
        c.add(query(403, REFUSED, "CALL `dbms`.`listConfig`()"));
        c.add(query(403, REFUSED, "CALL dbms.info()"));
        c.add(query(403, REFUSED, "CALL dbms.listConnections()"));
        c.add(query(403, REFUSED, "CALL db.clearQueryCaches()"));
        c.add(query(403, REFUSED, "CALL db.createLabel('X')"));
        // not even present in this edition: unavailable is as good as refused
        c.add(query(400, "cypher error", "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"));
        c.add(query(403, REFUSED, "CALL db.stats.retrieve('GRAPH COUNTS')"));
        // runaway queries are stopped
        c.add(query(408, "timed out", "UNWIND range(1, 10000000000) AS x WITH x WHERE x = -1 RETURN x"));
        c.add(query(408, "timed out", "MATCH (a), (b), (c) WHERE a.id + b.id + c.id = 'x' RETURN count(*)"));
        // malformed Cypher and run-time errors
        c.add(query(400, "cypher error", "MATCH (n RETURN n"));
        c.add(query(400, "cypher error", "RETURN nosuchfunction(1)"));
        c.add(query(400, "cypher error", "RETURN $missing"));
        c.add(query(400, "cypher error", "   "));
        // parameters: JSON objects of plain values only
        c.add(params(400, "bad parameters", "RETURN $x", "[1, 2]"));
        c.add(params(400, "bad parameters", "RETURN 1", "{\"a b\": 1}"));
        c.add(params(400, "bad parameters", "RETURN $x", "{\"x\": 123456789012345678901234567890}"));
        c.add(params(400, "bad parameters", "RETURN $x", "{\"x\": " + "[".repeat(20) + "1" + "]".repeat(20) + "}"));
        c.add(params(400, "bad parameters", "RETURN $x", "\"x\""));
        // bodies
        c.add(raw(400, "bad request", "empty body", new byte[0]));
        c.add(raw(400, "bad json", "not JSON", "{query: MATCH".getBytes(StandardCharsets.UTF_8)));
        c.add(raw(400, "bad json", "non-UTF-8 bytes", new byte[] {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        c.add(raw(400, "bad request", "array body", "[\"MATCH (n) RETURN n\"]".getBytes(StandardCharsets.UTF_8)));
        c.add(raw(400, "bad request", "query not a string", "{\"query\": 5}".getBytes(StandardCharsets.UTF_8)));
        c.add(query(413, "query too large", "RETURN 1 // " + "x".repeat(QueryLimits.MAX_QUERY_CHARS)));
        c.add(raw(413, "body too large", "300 KB body", ("{\"query\": \"RETURN 1\", \"pad\": \"" + "x".repeat(300_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8)));
        return c;
    }

    static HttpResponse<String> post(byte[] body) throws Exception {
        return app.post("/api/query", body);
    }

    static JsonNode run(String cypher) throws Exception {
        HttpResponse<String> r = post(query(200, null, cypher).body());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void hostileInputsGetTheirExactOutcomeAndTheGraphIsUnchanged() throws Exception {
        GraphChecksum.Summary before = GraphChecksum.of(app.db());
        List<Case> cases = hostile();
        assertTrue(cases.size() >= 40, "at least 40 hostile inputs, got " + cases.size());
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> r = post(c.body());
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() != c.status() || !c.error().equals(body.path("error").asText())) {
                wrong.add(c.name() + " → " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
            }
            assertTrue(body.path("detail").isTextual() && !body.path("detail").asText().contains("\tat "), "no stack trace: " + r.body());
        }
        assertTrue(wrong.isEmpty(), "unexpected outcomes:\n" + String.join("\n", wrong));
        assertEquals(before, GraphChecksum.of(app.db()), "the graph is unchanged after the hostile suite");
        assertEquals(1, run("MATCH (e:Entity {id: 'vladimir_putin'}) RETURN e.name").get("rowCount").asInt());
    }

    @Test
    void syntaxErrorsCarryTheirPositionInTheUsersText() throws Exception {
        HttpResponse<String> r = post(query(400, null, "MATCH (n:Entity)\nRETURN n.name,, n.id").body());
        JsonNode e = JSON.readTree(r.body());
        assertEquals(2, e.at("/position/line").asInt(), r.body());
        assertEquals(15, e.at("/position/column").asInt(), r.body());
        assertTrue(e.get("detail").asText().contains("line 2, column 15"), r.body());
    }

    @Test
    void hugeResultsAreTruncatedAtTheCaps() throws Exception {
        JsonNode rows = run("UNWIND range(1, 5000) AS x RETURN x");
        assertEquals(1000, rows.get("rowCount").asInt());
        assertTrue(rows.get("truncated").asBoolean());
        assertTrue(rows.get("truncatedBy").asText().startsWith("rows"));
        JsonNode big = run("RETURN range(1, 1000000) AS xs");
        assertTrue(big.get("truncated").asBoolean());
        assertTrue(big.get("truncatedBy").asText().startsWith("size"), big.get("truncatedBy").asText());
    }

    @Test
    void aRunawayQueryDoesNotStarveOthers() throws Exception {
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> {
            try {
                return post(query(408, null, "UNWIND range(1, 10000000000) AS x WITH x WHERE x = -1 RETURN x").body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        long t0 = System.nanoTime();
        HttpResponse<String> search = app.get("/api/search?q=Lawrow");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("sergei_lavrov"));
        assertTrue(!runaway.isDone(), "the search answered while the runaway query was still running (" + ms + " ms)");
        assertEquals(408, runaway.get().statusCode());
    }

    @Test
    void nodesAndRelationshipsAnywhereInTheResultAreDrawn() throws Exception {
        JsonNode r = run("MATCH (a:Entity {id: 'kim_jong_un'})-[m:MET]-(b:Entity {id: 'vladimir_putin'}) RETURN a, m, b");
        assertEquals(List.of("a", "m", "b"), JSON.convertValue(r.get("columns"), List.class));
        assertEquals("node", r.at("/rows/0/0/_kind").asText());
        assertEquals("MET", r.at("/rows/0/1/_type").asText());
        assertEquals(2, r.at("/graph/nodes").size());
        assertEquals(1, r.at("/graph/edges").size());
        assertEquals("MET", r.at("/graph/edges/0/data/type").asText());
        // inside a path, a list and a map
        JsonNode nested = run("MATCH p = (a:Entity {id: 'sergei_lavrov'})-[r]-(b:Entity) "
                + "RETURN {path: p, ends: [a, b]} AS x LIMIT 1");
        assertEquals(2, nested.at("/graph/nodes").size());
        assertEquals(1, nested.at("/graph/edges").size());
        // a relationship alone brings its end nodes
        JsonNode rel = run("MATCH ()-[r:SANCTIONED]->() RETURN r LIMIT 1");
        assertEquals(2, rel.at("/graph/nodes").size(), rel.toString());
        assertEquals(1, rel.at("/graph/edges").size());
        // scalars only: a table, no graph
        JsonNode table = run("MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY n DESC");
        assertEquals(0, table.at("/graph/nodes").size());
        assertTrue(table.get("rowCount").asInt() >= 4);
    }

    @Test
    void everyExampleQueryIsAllowedAndAnswers() throws Exception {
        List<ExampleQueries.Example> examples = ExampleQueries.load(TestPaths.importDir());
        assertTrue(examples.size() >= 6, "examples shipped: " + examples.size());
        HttpResponse<String> listed = app.get("/api/queries");
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(examples.size(), JSON.readTree(listed.body()).get("queries").size());
        assertEquals(2000, JSON.readTree(listed.body()).at("/limits/timeoutMs").asInt());
        // with the product's default limits (the 2 s of this class's app is for the hostile suite; under the load of
        // the tests running beside it, a first run of an example that plans its query can take longer)
        for (ExampleQueries.Example ex : examples) {
            HttpResponse<String> r = seed.post("/api/query", JSON.writeValueAsBytes(java.util.Map.of("query", ex.query(),
                    "params", ex.params())));
            assertEquals(200, r.statusCode(), ex.id() + ": " + r.body());
            assertTrue(JSON.readTree(r.body()).get("rowCount").asInt() > 0, ex.id() + " answers on the seed data");
        }
    }
}
