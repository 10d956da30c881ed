package org.newsgraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.newsgraph.TestPaths;
import org.newsgraph.app.Application;
import org.newsgraph.app.ServerConfig;
import org.newsgraph.db.DbSettings;

/**
 * A decision is logged before it is committed, and a server's start brings the graph in line with the log: on its own
 * store and copy of the import folder, a decision whose log line was lost (the crash window of the old commit-first
 * order) is taken out, a logged decision whose commit never came is applied, and a line that cannot be written keeps
 * the decision out of the graph.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationLogFirstTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    @TempDir
    static Path dir;
    static Path importDir;
    static Application app;
    static final List<String> started = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws Exception {
        importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir);
        app = open();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    static Application open() throws Exception {
        started.clear();
        return Application.start(DbSettings.embedded(dir.resolve("store")), importDir,
                new ServerConfig(TestPaths.web(), "127.0.0.1", 0, org.newsgraph.query.QueryLimits.defaults(), null, true),
                started::add);
    }

    static Path log() {
        return importDir.resolve("curation/decisions.jsonl");
    }

    static HttpResponse<String> review(String claim, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/claims/"
                        + URLEncoder.encode(claim, StandardCharsets.UTF_8).replace("+", "%20") + "/review"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json").header("X-Analyst", "Ana")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String decide(String claim, String body) throws Exception {
        HttpResponse<String> r = review(claim, body);
        assertEquals(200, r.statusCode(), r.body());
        String id = JSON.readTree(r.body()).get("decision").asText();
        assertTrue(Files.readString(log()).contains("\"" + id + "\""), "the line is in the log when the answer comes");
        return id;
    }

    static List<String> listed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + "/api/curation?limit=500")).timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> ids = new ArrayList<>();
        JSON.readTree(r.body()).get("decisions").forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    static String verdict(String claim) {
        return app.db().read(tx -> tx.run("MATCH (c:Claim {id: $id}) RETURN coalesce(c.verdict, '') AS v", Map.of("id", claim))
                .single().get("v").asString());
    }

    static long rev(String claim) {
        return app.db().read(tx -> tx.run("MATCH (c:Claim {id: $id}) RETURN coalesce(c.rev, 0) AS r", Map.of("id", claim))
                .single().get("r").asLong());
    }

    static long decisionsInGraph() {
        return app.db().read(tx -> tx.run("MATCH (d:Decision) RETURN count(d) AS n").single().get("n").asLong());
    }

    /** A review decision as the log holds it, for a claim found by its key (what a hand-written line says). */
    static String rejectionLine(String id, String claim) {
        Record c = app.db().read(tx -> tx.run(CurationQueries.CLAIM, Map.of("id", claim)).single());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("claim", Map.of("article", c.get("article").asString(), "sentence", c.get("sentence").asString(),
                "type", c.get("machineType").asString(), "subject", c.get("machineSubject").asString(),
                "object", c.get("machineObject").asString()));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("verdict", null);
        before.put("reason", null);
        data.put("before", before);
        data.put("after", Map.of("verdict", "rejected", "reason", "not stated"));
        return CurationLog.line(new Decision(id, "2030-01-01T00:00:00Z", "Ben", Decision.REVIEW, data));
    }

    @Test
    @Order(1)
    void aDecisionTheLogLacksIsTakenOutAtStartAndALoggedOneTheGraphLacksIsApplied() throws Exception {
        String kept = CurationReplayTest.claimOf(app.db(), "SUPPLIED", "north_korea", "russia");
        String lost = CurationReplayTest.claimOf(app.db(), "MET", "kim_jong_un", "vladimir_putin");
        String late = CurationReplayTest.claimOf(app.db(), "VETOED", "russia", "un_sanctions_north_korea");
        String keptId = decide(kept, "{\"verdict\": \"reject\", \"reason\": \"wrong status\", \"rev\": 0}");
        String lostId = decide(lost, "{\"verdict\": \"accept\", \"rev\": 0}");
        assertEquals(java.util.Set.of(lostId, keptId), new java.util.HashSet<>(listed()), "a new store: these two only");
        String lateLine = rejectionLine("d-0000late-0001", late);
        app.close();
        app = null;

        // what a kill -9 left under the old order (committed, line never written), and under the new one (line
        // written and forced to disk, commit never came)
        List<String> lines = new ArrayList<>(Files.readAllLines(log()));
        assertTrue(lines.removeIf(l -> l.contains(lostId)));
        lines.add(lateLine);
        Files.write(log(), lines);

        app = open();
        String said = String.join("\n", started);
        assertTrue(said.contains("taken out") && said.contains(lostId), said);
        List<String> now = listed();
        assertTrue(now.contains(keptId), now.toString());
        assertFalse(now.contains(lostId), "the decision the log lacked is no longer listed: " + now);
        assertTrue(now.contains("d-0000late-0001"), "the logged decision is applied: " + now);
        assertEquals("rejected", verdict(kept));
        assertEquals("", verdict(lost), "its claim is as it was before the decision");
        assertEquals("rejected", verdict(late));
        assertFalse(Files.readString(log()).contains(lostId), "taken out, not written to the log");

        app.close();
        app = open();
        assertFalse(String.join("\n", started).contains("taken out"), "a second start finds nothing to reconcile: " + started);
        assertEquals(now, listed());
    }

    @Test
    @Order(2)
    void aDecisionWhoseLineCannotBeWrittenIsNotCommitted() throws Exception {
        String claim = CurationReplayTest.claimOf(app.db(), "MET", "kim_jong_un", "vladimir_putin");
        long decisions = decisionsInGraph();
        String body = "{\"verdict\": \"reject\", \"reason\": \"not stated\", \"rev\": " + rev(claim) + "}";
        Path aside = dir.resolve("decisions.jsonl.aside");
        Files.move(log(), aside);
        Files.createDirectories(log()); // a directory where the file was: the append fails, as on a full or read-only disk
        try {
            HttpResponse<String> r = review(claim, body);
            assertEquals(500, r.statusCode(), r.body());
            assertTrue(JSON.readTree(r.body()).has("detail"), r.body());
        } finally {
            Files.delete(log());
            Files.move(aside, log());
        }
        assertEquals(decisions, decisionsInGraph(), "no decision reached the graph without its line");
        assertEquals("", verdict(claim));
        JsonNode ok = JSON.readTree(review(claim, body).body());
        assertTrue(Files.readString(log()).contains(ok.get("decision").asText()), ok.toString());
        assertEquals("rejected", verdict(claim));
    }
}
