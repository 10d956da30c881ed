package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;

/**
 * GET /api/paths, the k shortest paths, over real HTTP on the seed app's embedded Neo4j: up to 5 paths of distinct
 * entity chains, shortest first, each hop with its relations and their evidence and the weakest hop marked; relation
 * type and status filters hold on every hop; bad input is a 400 JSON error. (That open suggestions never make a hop:
 * {@link PathsSuggestionsTest}, on the review app.)
 */
class PathsApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();

    /** The server plans the path search once at start (its warm-up): what is measured here is the search, not that. */
    @org.junit.jupiter.api.BeforeAll
    static void warmedUp() throws InterruptedException {
        app.awaitWarmUp();
    }

    static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return TestApp.json(r);
    }

    /** Every path's shape: from → to, distinct entities, a hop per step with relations and evidence, a valid weakest hop. */
    static void checkShape(JsonNode answer, String from, String to) {
        int lastLength = 0;
        Set<List<String>> chains = new HashSet<>();
        Set<String> drawn = new HashSet<>();
        answer.get("elements").get("nodes").forEach(n -> drawn.add(n.get("data").get("id").asText()));
        for (JsonNode p : answer.get("paths")) {
            List<String> nodes = new ArrayList<>();
            p.get("nodes").forEach(n -> nodes.add(n.asText()));
            assertEquals(from, nodes.get(0), p.toString());
            assertEquals(to, nodes.get(nodes.size() - 1), p.toString());
            assertEquals(nodes.size(), new HashSet<>(nodes).size(), "no entity twice in a path: " + nodes);
            assertTrue(chains.add(nodes), "each path another chain of entities: " + nodes);
            assertTrue(drawn.containsAll(nodes), "the elements hold every entity of the paths");
            assertTrue(nodes.size() - 1 >= lastLength, "shortest first: " + nodes);
            lastLength = nodes.size() - 1;
            JsonNode hops = p.get("hops");
            assertEquals(nodes.size() - 1, hops.size());
            long fewest = Long.MAX_VALUE;
            for (int i = 0; i < hops.size(); i++) {
                JsonNode h = hops.get(i);
                assertEquals(nodes.get(i), h.get("from").asText());
                assertEquals(nodes.get(i + 1), h.get("to").asText());
                assertTrue(h.get("relations").size() >= 1, "a hop has a relation: " + h);
                for (JsonNode r : h.get("relations")) {
                    Set<String> ends = Set.of(r.get("source").asText(), r.get("target").asText());
                    assertEquals(Set.of(nodes.get(i), nodes.get(i + 1)), ends, "the relation joins the hop's entities");
                    assertTrue(r.get("evidence").size() >= 1, "each relation with its evidence: " + r);
                    for (JsonNode e : r.get("evidence")) {
                        assertFalse(e.get("sentence").asText().isBlank());
                        assertNotEquals("suggested", e.get("status").asText(), "an open suggestion is no evidence");
                        assertTrue(e.has("article") && e.has("title") && e.has("marks"), e.toString());
                    }
                }
                fewest = Math.min(fewest, h.get("independentSources").asLong());
            }
            int weakest = p.get("weakest").asInt();
            assertTrue(weakest >= 0 && weakest < hops.size());
            assertEquals(fewest, hops.get(weakest).get("independentSources").asLong(), "the weakest hop has the fewest sources");
        }
    }

    @Test
    void upToFiveShortestPathsEachHopWithItsEvidenceAndTheWeakestMarked() throws Exception {
        JsonNode a = get("/api/paths?from=choe_son_hui&to=china");
        System.out.println("paths choe_son_hui → china: " + a.get("paths").size() + ", "
                + a.get("paths").findValues("nodes"));
        int n = a.get("paths").size();
        assertTrue(n >= 2 && n <= 5, "several paths, at most 5: " + n);
        checkShape(a, "choe_son_hui", "china");
        JsonNode shortest = get("/api/path?from=choe_son_hui&to=china");
        assertEquals(shortest.get("nodes").size(), a.get("paths").get(0).get("nodes").size(),
                "the first is as short as the shortest path");
        assertEquals("Choe Son-hui", a.get("names").get("choe_son_hui").asText());

        JsonNode two = get("/api/paths?from=choe_son_hui&to=china&k=2");
        assertEquals(2, two.get("paths").size());
        assertEquals(a.get("paths").get(0).get("nodes"), two.get("paths").get(0).get("nodes"), "the same first path");

        JsonNode one = get("/api/paths?from=choe_son_hui&to=china&maxHops=1");
        assertEquals(0, one.get("paths").size(), "no relation joins them directly: an empty list, not an error");
    }

    @Test
    void relationTypeAndStatusFiltersHoldOnEveryHop() throws Exception {
        JsonNode all = get("/api/paths?from=kim_jong_un&to=china");
        checkShape(all, "kim_jong_un", "china");
        Set<String> typesUsed = new HashSet<>(all.findValuesAsText("type"));
        assertTrue(typesUsed.size() >= 2, "the unfiltered paths use several relation types: " + typesUsed);

        for (String type : List.of("MET", "VISITED")) {
            JsonNode only = get("/api/paths?from=kim_jong_un&to=china&types=" + type);
            checkShape(only, "kim_jong_un", "china");
            for (JsonNode p : only.get("paths")) {
                for (JsonNode h : p.get("hops")) {
                    for (JsonNode r : h.get("relations")) {
                        assertEquals(type, r.get("type").asText(), "types=" + type + ": " + r);
                    }
                }
            }
            assertEquals(List.of(type), List.of(only.get("types").get(0).asText()));
            assertNotEquals(all.get("paths").findValues("nodes"), only.get("paths").findValues("nodes"),
                    "the filter changes the paths");
        }

        JsonNode facts = get("/api/paths?from=kim_jong_un&to=china&statuses=fact");
        checkShape(facts, "kim_jong_un", "china");
        facts.get("paths").forEach(p -> p.get("hops").forEach(h -> h.get("relations").forEach(r ->
                assertEquals("fact", r.get("status").asText(), "statuses=fact: " + r))));
        JsonNode notFacts = get("/api/paths?from=kim_jong_un&to=china&statuses=reported,speculative,denied");
        checkShape(notFacts, "kim_jong_un", "china");
        notFacts.get("paths").forEach(p -> p.get("hops").forEach(h -> h.get("relations").forEach(r ->
                assertNotEquals("fact", r.get("status").asText(), "no fact: " + r))));
        assertNotEquals(facts.get("paths").findValues("nodes"), notFacts.get("paths").findValues("nodes"),
                "the status filter changes the paths");
    }

    @Test
    void badInputIsA400WithAJsonErrorAndAnUnknownEntityA404() throws Exception {
        String base = "/api/paths?from=kim_jong_un&to=china";
        for (String path : List.of("/api/paths?from=kim_jong_un", "/api/paths?to=china", base + "&k=0", base + "&k=6",
                base + "&k=abc", base + "&maxHops=0", base + "&maxHops=9", base + "&types=NOT_A_TYPE", base + "&types=MET,bogus",
                base + "&statuses=suggested", base + "&statuses=maybe", base + "&asOf=yesterday", base + "&asOf=2999-01-01",
                "/api/paths?from=kim_jong_un&to=kim_jong_un", "/api/paths?from=Kim%20Jong-un&to=china",
                base + "&types=" + "MET,".repeat(600))) {
            HttpResponse<String> r = app.get(path);
            assertEquals(400, r.statusCode(), path + ": " + r.body());
            JsonNode body = TestApp.json(r);
            assertTrue(body.get("error").isTextual() && body.get("detail").isTextual(), path + ": " + r.body());
        }
        HttpResponse<String> unknown = app.get("/api/paths?from=kim_jong_un&to=nobody_at_all");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(TestApp.json(unknown).get("detail").asText().contains("nobody_at_all"));
    }

    @Test
    void asKnownOnADayOnlyRelationsReportedByThenMakeAHop() throws Exception {
        JsonNode early = get("/api/paths?from=kim_jong_un&to=china&asOf=2023-09-05");
        JsonNode today = get("/api/paths?from=kim_jong_un&to=china");
        checkShape(early, "kim_jong_un", "china");
        for (JsonNode p : early.get("paths")) {
            for (JsonNode h : p.get("hops")) {
                for (JsonNode r : h.get("relations")) {
                    for (JsonNode e : r.get("evidence")) {
                        assertTrue(e.get("published").asText().compareTo("2023-09-05") <= 0, "reported by then: " + e);
                    }
                }
            }
        }
        assertNotEquals(today.get("paths"), early.get("paths"), "what was known then differs from today");
    }
}
