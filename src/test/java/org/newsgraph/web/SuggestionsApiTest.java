package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.newsgraph.web.SuggestionSeed.Seeded;

/**
 * Suggestions through the API on a real store: the Review data lists them with both entities marked, accepting one
 * makes its exploration edge at once and undo turns it back into a suggestion, rejecting leaves no edge, a type
 * change accepts the corrected claim, and GET /api/suggestions answers only the pairs inside the ids it was given.
 */
@ResourceLock(TestApp.REVIEW_LOCK)
class SuggestionsApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();
    static final String ANALYST = "Suggestion Test";
    static final String TYPE = SuggestionSeed.TYPE;
    static List<Seeded> seeded;

    @BeforeAll
    static void seed() {
        seeded = SuggestionSeed.insert(app, 4);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        SuggestionSeed.remove(app, ANALYST);
    }

    static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return TestApp.json(r);
    }

    static JsonNode review(Seeded s, String body) throws Exception {
        HttpResponse<String> r = app.postJson("/api/claims/" + CurationApiTest.enc(s.claim()) + "/review", body,
                "X-Analyst", ANALYST.replace(" ", "%20"));
        assertEquals(200, r.statusCode(), r.body());
        return TestApp.json(r);
    }

    static void undo(JsonNode decision) throws Exception {
        HttpResponse<String> r = app.postJson("/api/curation/" + decision.get("decision").asText() + "/undo", "{}",
                "X-Analyst", "Suggestion%20Test");
        assertEquals(200, r.statusCode(), r.body());
    }

    static long rev(Seeded s) throws Exception {
        return app.db().read(tx -> tx.run("MATCH (c:Claim {id: $id}) RETURN coalesce(c.rev, 0) AS rev",
                java.util.Map.of("id", s.claim())).single().get("rev").asLong());
    }

    /** The claims /api/quality lists as open suggestions. */
    static Set<String> listed() throws Exception {
        List<String> out = new ArrayList<>();
        get("/api/quality?limit=500").get("suggestions").forEach(x -> out.add(x.get("claim").asText()));
        return Set.copyOf(out);
    }

    /** The claims of GET /api/suggestions for these entities. */
    static Set<String> among(String... ids) throws Exception {
        JsonNode edges = get("/api/suggestions?ids=" + String.join(",", ids)).get("edges");
        Set<String> asked = Set.of(ids);
        List<String> out = new ArrayList<>();
        for (JsonNode e : edges) {
            assertTrue(asked.contains(e.get("source").asText()) && asked.contains(e.get("target").asText()), "inside ids: " + e);
            out.add(e.get("claim").asText());
        }
        return Set.copyOf(out);
    }

    @Test
    void theReviewDataListsTheSuggestionsWithBothEntitiesMarked() throws Exception {
        JsonNode q = get("/api/quality?limit=500");
        assertTrue(q.get("suggestionsOpen").asLong() >= seeded.size(), q.get("suggestionsOpen").toString());
        for (Seeded s : seeded) {
            JsonNode item = null;
            for (JsonNode x : q.get("suggestions")) {
                if (x.get("claim").asText().equals(s.claim())) {
                    item = x;
                }
            }
            assertNotNull(item, s.claim() + " is listed");
            assertEquals(TYPE, item.get("type").asText());
            assertEquals("reported", item.get("readStatus").asText());
            assertEquals(s.score(), item.get("score").asDouble(), 1e-9);
            Set<String> marked = new java.util.HashSet<>();
            String sentence = item.get("sentence").asText();
            for (JsonNode m : item.get("marks")) {
                assertTrue(m.get("start").asInt() >= 0 && m.get("end").asInt() <= sentence.length(), m.toString());
                marked.add(m.get("entity").asText());
            }
            assertEquals(Set.of(s.source(), s.target()), marked, "both entities are marked in " + item);
        }
        assertNotNull(q.get("model").get("crossValidation"), "the scorer's figures come along");
    }

    @Test
    void acceptingMakesTheEdgeAtOnceAndUndoTurnsItBackIntoASuggestion() throws Exception {
        Seeded s = seeded.get(0);
        assertEquals(0, SuggestionSeed.edges(app, s.source(), TYPE, s.target()), "a suggestion makes no edge");
        assertTrue(among(s.source(), s.target()).contains(s.claim()));
        JsonNode d = review(s, "{\"verdict\": \"accept\", \"rev\": " + rev(s) + "}");
        assertEquals(1, SuggestionSeed.edges(app, s.source(), TYPE, s.target()), "accepted: the edge is there");
        assertEquals("reported/accepted", SuggestionSeed.state(app, s.claim()));
        assertFalse(listed().contains(s.claim()), "no longer open");
        assertFalse(among(s.source(), s.target()).contains(s.claim()), "no longer drawn dotted (a fresh answer, not a kept one)");

        undo(d);
        assertEquals(0, SuggestionSeed.edges(app, s.source(), TYPE, s.target()));
        assertEquals("suggested/", SuggestionSeed.state(app, s.claim()));
        assertTrue(listed().contains(s.claim()));
        assertTrue(among(s.source(), s.target()).contains(s.claim()));
    }

    @Test
    void rejectingNeedsAReasonAndKeepsNoEdge() throws Exception {
        Seeded s = seeded.get(1);
        HttpResponse<String> noReason = app.postJson("/api/claims/" + CurationApiTest.enc(s.claim()) + "/review",
                "{\"verdict\": \"reject\", \"rev\": " + rev(s) + "}", "X-Analyst", "Suggestion%20Test");
        assertEquals(400, noReason.statusCode(), noReason.body());
        JsonNode d = review(s, "{\"verdict\": \"reject\", \"reason\": \"not stated\", \"rev\": " + rev(s) + "}");
        assertEquals(0, SuggestionSeed.edges(app, s.source(), TYPE, s.target()));
        assertEquals("suggested/rejected", SuggestionSeed.state(app, s.claim()));
        assertFalse(listed().contains(s.claim()), "decided: off the list");
        assertFalse(among(s.source(), s.target()).contains(s.claim()), "decided: not drawn");
        undo(d);
        assertEquals("suggested/", SuggestionSeed.state(app, s.claim()));
        assertTrue(listed().contains(s.claim()));
    }

    /** What the page's "Change type" sends: the corrected type, and the status the suggestion reads as. */
    @Test
    void aTypeChangeAcceptsTheCorrectedClaimAndUndoRestoresTheSuggestion() throws Exception {
        Seeded s = seeded.get(2);
        long before = SuggestionSeed.claims(app, s.source(), "OPPOSES", s.target()); // the seed may know one already
        JsonNode d = review(s, "{\"verdict\": \"accept\", \"correction\": {\"type\": \"OPPOSES\", \"status\": \"reported\"},"
                + " \"rev\": " + rev(s) + "}");
        assertEquals(1, SuggestionSeed.edges(app, s.source(), "OPPOSES", s.target()));
        assertEquals(before + 1, SuggestionSeed.claims(app, s.source(), "OPPOSES", s.target()));
        assertEquals(0, SuggestionSeed.edges(app, s.source(), TYPE, s.target()));
        assertEquals("reported/corrected", SuggestionSeed.state(app, s.claim()));
        undo(d);
        assertEquals(before, SuggestionSeed.claims(app, s.source(), "OPPOSES", s.target()));
        assertEquals("suggested/", SuggestionSeed.state(app, s.claim()));
        assertTrue(listed().contains(s.claim()));

        // a client that sends only the new type: the suggestion is accepted with the status it was read with
        JsonNode typeOnly = review(s, "{\"verdict\": \"accept\", \"correction\": {\"type\": \"OPPOSES\"}, \"rev\": " + rev(s) + "}");
        assertEquals(1, SuggestionSeed.edges(app, s.source(), "OPPOSES", s.target()));
        assertTrue(SuggestionSeed.state(app, s.claim()).endsWith("/corrected"));
        assertFalse(SuggestionSeed.state(app, s.claim()).startsWith("suggested"), SuggestionSeed.state(app, s.claim()));
        undo(typeOnly);
        assertEquals("suggested/", SuggestionSeed.state(app, s.claim()));
    }

    @Test
    void suggestionsAreThoseBetweenEntitiesInsideIds() throws Exception {
        Seeded a = seeded.get(0);
        Set<String> all = seeded.stream().flatMap(s -> java.util.stream.Stream.of(s.source(), s.target())).collect(Collectors.toSet());
        Set<String> found = among(all.toArray(String[]::new));
        assertTrue(found.containsAll(seeded.stream().map(Seeded::claim).toList()), found.toString());
        Set<String> pair = among(a.source(), a.target());
        assertTrue(pair.contains(a.claim()));
        for (Seeded other : seeded.subList(1, seeded.size())) {
            boolean inside = Set.of(a.source(), a.target()).containsAll(List.of(other.source(), other.target()));
            assertEquals(inside, pair.contains(other.claim()), other + " only when both its ends are asked for");
        }
        assertFalse(among(a.source()).contains(a.claim()), "one end in view is not enough");
        JsonNode edge = get("/api/suggestions?ids=" + a.source() + "," + a.target() + "&limit=1").get("edges").get(0);
        for (String field : List.of("id", "source", "target", "type", "score", "claim", "sentence", "rev", "marks")) {
            assertTrue(edge.has(field), field + " in " + edge);
        }
        assertEquals("suggestion:" + edge.get("claim").asText(), edge.get("id").asText());
    }

    @Test
    void aBadIdsParameterIsRefusedWithJson() throws Exception {
        String tooMany = IntStream.range(0, ExploreHandlers.MAX_SUGGESTION_IDS + 1).mapToObj(i -> "e" + i).collect(Collectors.joining(","));
        for (String query : List.of("", "?ids=", "?ids=Kim%20Jong-un", "?ids=china,,russia", "?ids=china,%3Cscript%3E",
                "?ids=" + tooMany, "?ids=china,russia&limit=0", "?ids=china&limit=many")) {
            HttpResponse<String> r = app.get("/api/suggestions" + query);
            assertEquals(400, r.statusCode(), query + ": " + r.body());
            JsonNode body = TestApp.json(r);
            assertFalse(body.get("error").asText().isEmpty(), r.body());
            assertFalse(body.get("detail").asText().isEmpty(), r.body());
        }
        assertEquals(200, app.get("/api/suggestions?ids=no_such_entity").statusCode(), "an unknown id is no error: nothing is between it");
    }
}
