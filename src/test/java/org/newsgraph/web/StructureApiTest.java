package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.newsgraph.structure.Measures;

/**
 * The whole graph's structure measures on real embedded Neo4j: kept on every entity as the measures of the graph that
 * is in the store — checked against a computation of its own over the exploration edges Cypher reads — and computed
 * again after an import (a pasted article that links a new person) and after a curation verdict (a rejected claim takes
 * an entity's only relation) and its undo; search ranks an exact name, then importance.
 */
class StructureApiTest {
    @RegisterExtension
    static final TestApp seed = TestApp.seed();
    @RegisterExtension
    static final TestApp adding = TestApp.forAdding();
    @RegisterExtension
    static final TestApp review = TestApp.forReview();

    static final String PASTED = "Meierhuber in Pjöngjang\n\nDer Sicherheitsexperte Hans Meierhuber traf am Dienstag in"
            + " Pjöngjang den nordkoreanischen Machthaber Kim Jong-un. Beide sprachen über die Lage auf der Halbinsel.\n";

    static JsonNode get(TestApp app, String path) throws Exception {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** The structure once no computation is queued or running, computed after {@code after} (any when null). */
    static JsonNode current(TestApp app, String after) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L; // a hang guard: a busy machine is slow, not broken
        JsonNode s;
        do {
            s = get(app, "/api/structure");
            boolean newer = after == null || (!s.get("computedAt").isNull()
                    && java.time.Instant.parse(s.get("computedAt").asText()).isAfter(java.time.Instant.parse(after)));
            if (s.get("state").asText().equals("current") && newer) {
                return s;
            }
            assertNotEquals("failed", s.get("state").asText(), s.toString());
            Thread.sleep(50); // polling for a condition, not waiting for time to pass
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the structure was not computed again: " + s);
    }

    /**
     * The measures every entity holds equal those computed afresh from the exploration edges in the store, and the
     * status counts what is there.
     */
    static Map<String, double[]> matchTheStore(TestApp app, JsonNode status) {
        List<Measures.Link> links = app.db().read(tx -> tx.run(org.newsgraph.model.RelationType.expand("""
                MATCH (s:Entity)-[r:EXPLORATION]->(t:Entity) WHERE s <> t
                RETURN s.id AS s, t.id AS t, count(r) AS n""")).list(r -> new Measures.Link(r.get("s").asString(),
                r.get("t").asString(), r.get("n").asInt())));
        Map<String, double[]> stored = new HashMap<>();
        app.db().read(tx -> tx.run("MATCH (e:Entity) RETURN e.id AS id, e.pagerank AS p, e.betweenness AS b, e.community AS c")
                .list(r -> stored.put(r.get("id").asString(), r.get("p").isNull() || r.get("b").isNull() || r.get("c").isNull()
                        ? null : new double[] {r.get("p").asDouble(), r.get("b").asDouble(), r.get("c").asInt()})));
        Measures.Result fresh = Measures.compute(stored.keySet(), links);
        assertEquals(stored.size(), status.get("entities").asInt());
        assertEquals(fresh.pairs(), status.get("links").asInt());
        for (int i = 0; i < fresh.ids().size(); i++) {
            String id = fresh.ids().get(i);
            double[] m = stored.get(id);
            assertTrue(m != null, id + " holds its measures");
            assertEquals(fresh.pagerank()[i], m[0], 1e-12, id + " pagerank");
            assertEquals(fresh.betweenness()[i], m[1], 1e-12, id + " betweenness");
            assertEquals(fresh.community()[i], (int) m[2], id + " community");
        }
        return stored;
    }

    @Test
    void everyEntityHoldsTheMeasuresOfTheGraphInTheStore() throws Exception {
        JsonNode s = current(seed, null);
        Map<String, double[]> m = matchTheStore(seed, s);
        System.out.printf(java.util.Locale.ROOT, "seed structure: %d entities, %d links, %d communities, modularity %.2f, computed in %d ms%n",
                s.get("entities").asInt(), s.get("links").asInt(), s.get("communityCount").asInt(), s.get("modularity").asDouble(),
                s.get("millis").asLong());
        assertEquals("all entities", s.get("betweenness").asText());
        assertTrue(s.get("communityCount").asInt() >= 2 && s.get("modularity").asDouble() > 0, s.toString());
        assertTrue(m.get("kim_jong_un")[0] > m.get("kim_jong_il")[0], "Kim Jong-un has 13 relations, Kim Jong-il 1");
        double top = m.values().stream().mapToDouble(x -> x[0]).max().orElseThrow();
        assertEquals(top, s.get("maxPagerank").asDouble(), 1e-12);
        JsonNode first = s.get("communities").get(0);
        assertTrue(first.get("size").asInt() >= s.get("communities").get(1).get("size").asInt(), "largest first");
        assertTrue(first.get("leaders").get(0).has("name"), first.toString());
        JsonNode asked = get(seed, "/api/structure?ids=kim_jong_un,vladimir_putin").get("measures");
        assertEquals(2, asked.size());
        assertEquals(m.get("kim_jong_un")[0], asked.get(0).get("pagerank").asDouble(), 1e-12);
        assertEquals(400, seed.get("/api/structure?ids=Kim%20Jong-un").statusCode());
        // the views carry them in each node's data
        for (JsonNode n : get(seed, "/api/graph?limit=20").get("nodes")) {
            JsonNode d = n.get("data");
            assertEquals(m.get(d.get("id").asText())[0], d.get("pagerank").asDouble(), 1e-12, d.toString());
            assertTrue(d.has("betweenness") && d.has("community"), d.toString());
        }
    }

    @Test
    void searchRanksAnExactNameThenImportanceAndSaysWhatEachHitIs() throws Exception {
        current(seed, null);
        JsonNode hits = get(seed, "/api/search?q=" + URLEncoder.encode("Kim Jong", StandardCharsets.UTF_8)).get("hits");
        assertEquals("kim_jong_un", hits.get(0).get("id").asText(), hits.toString());
        JsonNode il = null;
        for (JsonNode h : hits) {
            il = h.get("id").asText().equals("kim_jong_il") ? h : il;
        }
        assertTrue(il != null && il.get("degree").asInt() < hits.get(0).get("degree").asInt(), hits.toString());
        assertEquals("Person", hits.get(0).get("type").asText());
        assertTrue(hits.get(0).get("role").asText().length() > 3, hits.get(0).toString());
        assertEquals("kim_jong_il", get(seed, "/api/search?q=" + URLEncoder.encode("Kim Jong-il", StandardCharsets.UTF_8))
                .get("hits").get(0).get("id").asText(), "an exact name before importance");
    }

    @Test
    @ResourceLock(TestApp.ADDING_LOCK)
    void anImportComputesThemAgain() throws Exception {
        JsonNode before = current(adding, null);
        String body = JSON.writeValueAsString(Map.of("text", PASTED, "title", "Meierhuber in Pjöngjang", "outlet", "Testblatt",
                "published", "2024-02-06"));
        HttpResponse<String> r = adding.postJson("/api/articles", body);
        assertEquals(200, r.statusCode(), r.body());
        String id = JSON.readTree(r.body()).get("articles").get(0).asText();
        try {
            JsonNode after = current(adding, before.get("computedAt").asText());
            Map<String, double[]> m = matchTheStore(adding, after);
            assertTrue(m.containsKey("hans_meierhuber"), "the new person is measured");
            assertEquals(before.get("entities").asInt() + 1, after.get("entities").asInt());
            assertEquals(before.get("links").asInt() + 1, after.get("links").asInt(), "he met Kim Jong-un");
            assertEquals(m.get("kim_jong_un")[2], m.get("hans_meierhuber")[2], "in Kim Jong-un's community");
        } finally {
            JsonNode last = get(adding, "/api/structure");
            assertEquals(200, adding.send(HttpRequest.newBuilder(URI.create(adding.url("/api/articles/" + URLEncoder.encode(id,
                    StandardCharsets.UTF_8)))).header("X-Requested-With", "newsgraph").DELETE().build()).statusCode());
            JsonNode removed = current(adding, last.get("computedAt").asText());
            matchTheStore(adding, removed);
            assertEquals(before.get("links").asInt(), removed.get("links").asInt(), "a removal is taken in too");
        }
    }

    @Test
    @ResourceLock(TestApp.REVIEW_LOCK)
    void aCurationVerdictAndItsUndoComputeThemAgain() throws Exception {
        JsonNode before = current(review, null);
        Map<String, double[]> was = matchTheStore(review, before);
        JsonNode only = get(review, "/api/entities/kim_jong_il/relations").get("relations");
        assertEquals(1, only.size(), "Kim Jong-il has one relation in the seeds");
        JsonNode rel = only.get(0);
        boolean out = rel.get("direction").asText().equals("out");
        String source = out ? "kim_jong_il" : rel.get("other").asText();
        String target = out ? rel.get("other").asText() : "kim_jong_il";
        JsonNode claims = get(review, "/api/evidence?source=" + source + "&type=" + rel.get("type").asText() + "&target=" + target)
                .get("claims");
        assertEquals(1, claims.size(), claims.toString());
        JsonNode claim = claims.get(0);
        HttpResponse<String> verdict = review.postJson("/api/claims/" + URLEncoder.encode(claim.get("claim").asText(),
                StandardCharsets.UTF_8).replace("+", "%20") + "/review",
                "{\"verdict\": \"reject\", \"reason\": \"not stated\", \"rev\": " + claim.get("rev").asLong() + "}",
                "X-Analyst", "Structure%20Test");
        assertEquals(200, verdict.statusCode(), verdict.body());
        String decision = JSON.readTree(verdict.body()).get("decision").asText();
        JsonNode undone = null;
        try {
            JsonNode rejected = current(review, before.get("computedAt").asText());
            Map<String, double[]> now = matchTheStore(review, rejected);
            assertEquals(before.get("links").asInt() - 1, rejected.get("links").asInt(), "its only relation is gone");
            assertTrue(now.get("kim_jong_il")[0] < was.get("kim_jong_il")[0], "alone now, it ranks lower");
            assertEquals(0, now.get("kim_jong_il")[1]);
        } finally {
            JsonNode last = get(review, "/api/structure");
            HttpResponse<String> u = review.postJson("/api/curation/" + decision + "/undo", "{}", "X-Analyst", "Structure%20Test");
            assertEquals(200, u.statusCode(), u.body());
            undone = current(review, last.get("computedAt").asText());
        }
        Map<String, double[]> back = matchTheStore(review, undone);
        assertEquals(before.get("links").asInt(), undone.get("links").asInt());
        assertEquals(was.get("kim_jong_il")[0], back.get("kim_jong_il")[0], 1e-12, "undo brings its measures back");
    }
}
