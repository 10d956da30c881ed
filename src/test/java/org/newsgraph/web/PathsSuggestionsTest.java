package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.newsgraph.web.SuggestionSeed.Seeded;

/**
 * An open suggestion (a claim with status suggested) never makes a hop of /api/paths: not when the relation-type
 * filter asks for its type, not without a filter; on the review app's real store, with suggestions put in the way
 * the loader writes them.
 */
@ResourceLock(TestApp.REVIEW_LOCK)
class PathsSuggestionsTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();
    static List<Seeded> seeded;

    @BeforeAll
    static void seed() throws InterruptedException {
        app.awaitWarmUp(); // the server's warm-up plans the path search once
        seeded = SuggestionSeed.insert(app, 3);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        SuggestionSeed.remove(app, "nobody");
    }

    static JsonNode paths(String query) throws Exception {
        HttpResponse<String> r = app.get("/api/paths?" + query);
        assertEquals(200, r.statusCode(), query + ": " + r.body());
        return TestApp.json(r);
    }

    @Test
    void suggestedClaimsNeverMakeAHop() throws Exception {
        for (Seeded s : seeded) {
            assertEquals(0, SuggestionSeed.edges(app, s.source(), SuggestionSeed.TYPE, s.target()), "the suggestion makes no edge");
            JsonNode typed = paths("from=" + s.source() + "&to=" + s.target() + "&types=" + SuggestionSeed.TYPE);
            for (JsonNode p : typed.get("paths")) {
                assertNotEquals(2, p.get("nodes").size(), "no direct hop of the suggested type: " + p.get("nodes"));
            }
            JsonNode all = paths("from=" + s.source() + "&to=" + s.target());
            for (JsonNode p : all.get("paths")) {
                for (JsonNode h : p.get("hops")) {
                    for (JsonNode r : h.get("relations")) {
                        boolean suggestedPair = Set.of(r.get("source").asText(), r.get("target").asText())
                                .equals(Set.of(s.source(), s.target())) && SuggestionSeed.TYPE.equals(r.get("type").asText());
                        assertFalse(suggestedPair, "the suggestion is no relation of a hop: " + r);
                        assertNotEquals("suggested", r.get("status").asText());
                        for (JsonNode e : r.get("evidence")) {
                            assertFalse(e.get("claim").asText().contains("test-suggestion"), "nor its evidence: " + e);
                        }
                    }
                }
            }
        }
    }
}
