package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;

/** Analyst review through the API on a real store: verdicts, corrections, additions, entity edits, undo, quality. */
@ResourceLock(TestApp.REVIEW_LOCK)
class CurationApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();
    static final String[] ANALYST = {"X-Analyst", "Ana%20Lyst"};

    static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = app.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return TestApp.json(r);
    }

    static HttpResponse<String> post(String path, String json) throws Exception {
        return app.postJson(path, json, ANALYST);
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        return TestApp.json(r);
    }

    static HttpResponse<String> patch(String path, String json) throws Exception {
        return app.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Content-Type", "application/json")
                .header("X-Analyst", "Ana").method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Claims of the edge (0 when it is gone). */
    static long claims(String source, String type, String target) throws Exception {
        for (JsonNode r : get("/api/entities/" + source + "/relations").get("relations")) {
            if (r.get("type").asText().equals(type) && r.get("other").asText().equals(target)
                    && r.get("direction").asText().equals("out")) {
                return r.get("claims").asLong();
            }
        }
        return 0;
    }

    static JsonNode firstClaim(String source, String type, String target) throws Exception {
        return get("/api/evidence?source=" + source + "&type=" + type + "&target=" + target).get("claims").get(0);
    }

    static String undo(JsonNode decision) throws Exception {
        HttpResponse<String> r = post("/api/curation/" + decision.get("decision").asText() + "/undo", "{}");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void aRejectedClaimLeavesItsEdgeAndUndoBringsItBack() throws Exception {
        long before = claims("north_korea", "SUPPLIED", "russia");
        JsonNode c = firstClaim("north_korea", "SUPPLIED", "russia");
        JsonNode d = ok(post("/api/claims/" + enc(c.get("claim").asText()) + "/review",
                "{\"verdict\": \"reject\", \"reason\": \"not stated\", \"rev\": " + c.get("rev").asLong() + "}"));
        assertEquals("Ana Lyst", d.get("analyst").asText());
        assertEquals(before - 1, claims("north_korea", "SUPPLIED", "russia"));
        JsonNode again = firstClaim("north_korea", "SUPPLIED", "russia");
        assertEquals("rejected", again.get("verdict").asText(), "the reviewer still sees it, marked");

        HttpResponse<String> stale = post("/api/claims/" + enc(c.get("claim").asText()) + "/review",
                "{\"verdict\": \"accept\", \"rev\": " + c.get("rev").asLong() + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("rejected", TestApp.json(stale).get("current").get("verdict").asText(), "409 carries the current state");

        undo(d);
        assertEquals(before, claims("north_korea", "SUPPLIED", "russia"));
        assertTrue(Files.readString(app.importDir().resolve("curation/decisions.jsonl")).contains("\"verdict\":\"rejected\""));
    }

    /** The newest decision in GET /api/curation, which must be {@code d}. */
    static JsonNode newest(JsonNode d) throws Exception {
        JsonNode first = get("/api/curation?limit=5").get("decisions").get(0);
        assertEquals(d.get("decision").asText(), first.get("id").asText(), first.toString());
        return first;
    }

    @Test
    void recentDecisionsSayWhatWasDecidedInWords() throws Exception {
        JsonNode c = firstClaim("north_korea", "SUPPLIED", "russia");
        JsonNode d = ok(post("/api/claims/" + enc(c.get("claim").asText()) + "/review",
                "{\"verdict\": \"reject\", \"reason\": \"not stated\", \"rev\": " + c.get("rev").asLong() + "}"));
        JsonNode summary = newest(d).get("summary");
        assertEquals("rejected", summary.get("verb").asText(), summary.toString());
        assertEquals("North Korea SUPPLIED Russia", summary.get("what").asText());
        assertEquals("not stated", summary.get("detail").asText());
        undo(d);
        assertTrue(newest(d).get("undone").asBoolean());

        c = firstClaim("north_korea", "SUPPLIED", "russia");
        d = ok(post("/api/claims/" + enc(c.get("claim").asText()) + "/review", "{\"verdict\": \"accept\","
                + " \"correction\": {\"swap\": true, \"status\": \"speculative\"}, \"rev\": " + c.get("rev").asLong() + "}"));
        summary = newest(d).get("summary");
        assertEquals("corrected", summary.get("verb").asText(), summary.toString());
        assertEquals("North Korea SUPPLIED Russia", summary.get("what").asText(), "as it stood before");
        assertEquals("direction swapped, status speculative", summary.get("detail").asText());
        undo(d);

        JsonNode e = get("/api/entities/soviet_union");
        d = ok(post("/api/entities/soviet_union/merge", "{\"into\": \"russia\", \"rev\": " + e.get("rev").asLong() + "}"));
        summary = newest(d).get("summary");
        assertEquals("merged", summary.get("verb").asText(), summary.toString());
        assertEquals(e.get("name").asText(), summary.get("what").asText());
        assertEquals("into Russia", summary.get("detail").asText());
        undo(d);
    }

    @Test
    void theReviewQueueMarksBothEntitiesInEachSentence() throws Exception {
        JsonNode queue = get("/api/quality?limit=20").get("queue");
        assertTrue(queue.size() > 0);
        int both = 0;
        for (JsonNode q : queue) {
            String sentence = q.get("sentence").asText();
            assertTrue(q.hasNonNull("sentenceId"), q.toString());
            java.util.Set<String> marked = new java.util.HashSet<>();
            for (JsonNode m : q.get("marks")) {
                assertTrue(List.of(q.get("source").asText(), q.get("target").asText()).contains(m.get("entity").asText()), q.toString());
                assertTrue(m.get("start").asInt() >= 0 && m.get("start").asInt() < m.get("end").asInt()
                        && m.get("end").asInt() <= sentence.length(), "a span within the sentence: " + q);
                marked.add(m.get("entity").asText());
            }
            both += marked.size() == 2 ? 1 : 0;
        }
        assertTrue(both >= queue.size() / 2, "most queued claims have both ends marked: " + both + " of " + queue.size());
    }

    @Test
    void aCorrectionSwapsTheDirectionAndChangesTheStatus() throws Exception {
        JsonNode c = firstClaim("north_korea", "SUPPLIED", "russia");
        long before = claims("north_korea", "SUPPLIED", "russia");
        JsonNode d = ok(post("/api/claims/" + enc(c.get("claim").asText()) + "/review", "{\"verdict\": \"accept\","
                + " \"correction\": {\"swap\": true, \"status\": \"speculative\"}, \"rev\": " + c.get("rev").asLong() + "}"));
        assertEquals(before - 1, claims("north_korea", "SUPPLIED", "russia"));
        assertEquals(1, claims("russia", "SUPPLIED", "north_korea"));
        assertEquals("speculative", firstClaim("russia", "SUPPLIED", "north_korea").get("status").asText());
        undo(d);
        assertEquals(before, claims("north_korea", "SUPPLIED", "russia"));
        assertEquals(0, claims("russia", "SUPPLIED", "north_korea"));
    }

    @Test
    void aMissedRelationIsAddedFromItsSentenceAndUndone() throws Exception {
        JsonNode c = firstClaim("north_korea", "SUPPLIED", "russia");
        assertEquals(0, claims("vladimir_putin", "CRITICIZED", "north_korea"));
        JsonNode d = ok(post("/api/claims", "{\"sentence\": \"" + c.get("sentenceId").asText() + "\", \"source\": \"vladimir_putin\","
                + " \"type\": \"CRITICIZED\", \"target\": \"north_korea\", \"status\": \"reported\"}"));
        assertEquals(1, claims("vladimir_putin", "CRITICIZED", "north_korea"));
        assertEquals("analyst", firstClaim("vladimir_putin", "CRITICIZED", "north_korea").get("origin").asText());
        undo(d);
        assertEquals(0, claims("vladimir_putin", "CRITICIZED", "north_korea"));
    }

    @Test
    void entitiesAreRenamedMergedAndSplitAndEachIsUndone() throws Exception {
        JsonNode lavrov = get("/api/entities/sergei_lavrov");
        JsonNode edit = ok(patch("/api/entities/sergei_lavrov", "{\"name\": \"Sergey Lavrov\", \"aliases\": [\"Lawrow\", \"S. Lawrow\"],"
                + " \"rev\": " + lavrov.get("rev").asLong() + "}"));
        assertEquals("sergei_lavrov", get("/api/search?q=S.%20Lawrow").get("hits").get(0).get("id").asText());
        assertEquals("Sergey Lavrov", get("/api/entities/sergei_lavrov").get("name").asText());
        undo(edit);
        assertEquals("Sergei Lavrov", get("/api/entities/sergei_lavrov").get("name").asText());

        long sovietRelations = get("/api/entities/soviet_union/relations").get("total").asLong();
        long russiaRelations = get("/api/entities/russia/relations").get("total").asLong();
        JsonNode merge = ok(post("/api/entities/soviet_union/merge", "{\"into\": \"russia\", \"rev\": "
                + get("/api/entities/soviet_union").get("rev").asLong() + "}"));
        assertEquals("russia", get("/api/entities/soviet_union").get("id").asText(), "the old id resolves to where it went");
        assertEquals("russia", get("/api/search?q=Sowjetunion").get("hits").get(0).get("id").asText());
        assertTrue(get("/api/entities/russia/relations").get("total").asLong() > russiaRelations);
        HttpResponse<String> intoMerged = post("/api/entities/china/merge", "{\"into\": \"soviet_union\", \"rev\": 0}");
        assertEquals(400, intoMerged.statusCode(), intoMerged.body());
        undo(merge);
        assertEquals(sovietRelations, get("/api/entities/soviet_union/relations").get("total").asLong());
        assertEquals(russiaRelations, get("/api/entities/russia/relations").get("total").asLong());

        long lavrovMentions = mentionLinks("sergei_lavrov");
        JsonNode split = ok(post("/api/entities/sergei_lavrov/split", "{\"alias\": \"Lawrow\", \"rev\": "
                + get("/api/entities/sergei_lavrov").get("rev").asLong() + "}"));
        long moved = mentionLinks("lawrow");
        assertTrue(moved > 0, "the mentions written 'Lawrow' moved");
        assertEquals(lavrovMentions - moved, mentionLinks("sergei_lavrov"));
        assertTrue(get("/api/entities/lawrow/mentions").get("total").asLong() > 0);
        undo(split);
        assertEquals(404, app.get("/api/entities/lawrow").statusCode());
        assertEquals(lavrovMentions, mentionLinks("sergei_lavrov"));
    }

    /** How many mentions (not sentences: one sentence may name him twice) link to the entity. */
    static long mentionLinks(String id) {
        return app.db().read(tx -> tx.run("MATCH (:Sentence)-[m:MENTIONS]->(:Entity {id: $id}) RETURN count(m) AS n",
                java.util.Map.of("id", id)).single().get("n").asLong());
    }

    @Test
    void badInputGetsClearErrorsAndChangesNothing() throws Exception {
        String checksum = org.newsgraph.graph.GraphChecksum.of(app.db()).sha256();
        JsonNode c = firstClaim("kim_jong_un", "MET", "vladimir_putin");
        String review = "/api/claims/" + enc(c.get("claim").asText()) + "/review";
        long rev = get("/api/entities/china").get("rev").asLong();
        long crev = c.get("rev").asLong();
        List<Object[]> cases = List.of(
                new Object[] {post("/api/claims/nope%23c1/review", "{\"verdict\": \"accept\", \"rev\": 0}"), 404},
                new Object[] {post(review, "{\"verdict\": \"maybe\", \"rev\": " + crev + "}"), 400},
                new Object[] {post(review, "{\"verdict\": \"reject\", \"rev\": " + crev + "}"), 400},
                new Object[] {post(review, "{\"verdict\": \"accept\"}"), 400},
                new Object[] {post(review, "{\"verdict\": \"accept\", \"correction\": {\"type\": \"LOVES\"}, \"rev\": " + crev + "}"), 400},
                new Object[] {post(review, "{\"verdict\": \"accept\", \"correction\": {\"status\": \"sure\"}, \"rev\": " + crev + "}"), 400},
                new Object[] {post("/api/entities/china/merge", "{\"into\": \"china\", \"rev\": " + rev + "}"), 400},
                new Object[] {post("/api/entities/china/merge", "{\"into\": \"atlantis\", \"rev\": " + rev + "}"), 404},
                new Object[] {post("/api/entities/atlantis/merge", "{\"into\": \"china\", \"rev\": 0}"), 404},
                new Object[] {patch("/api/entities/china", "{\"type\": \"Planet\", \"rev\": " + rev + "}"), 400},
                new Object[] {patch("/api/entities/china", "{\"name\": \"  \", \"rev\": " + rev + "}"), 400},
                new Object[] {patch("/api/entities/china", "{\"aliases\": [\"" + "x".repeat(10_000) + "\"], \"rev\": " + rev + "}"), 400},
                new Object[] {patch("/api/entities/china", "{\"name\": \"PRC\", \"rev\": " + (rev + 7) + "}"), 409},
                new Object[] {post("/api/entities/china/split", "{\"alias\": \"Peking\", \"rev\": " + rev + "}"), 400},
                new Object[] {post("/api/claims", "{\"sentence\": \"nope#s1\", \"source\": \"china\", \"type\": \"MET\","
                        + " \"target\": \"russia\", \"status\": \"fact\"}"), 404},
                new Object[] {post("/api/curation/d-00000000-0000/undo", "{}"), 404},
                new Object[] {app.send(HttpRequest.newBuilder(URI.create(app.url("/api/entities/china/merge")))
                        .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"into\": \"russia\", \"rev\": " + rev + "}")).build()), 403});
        for (Object[] k : cases) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) k[0];
            assertEquals(k[1], r.statusCode(), r.request().uri() + " " + r.body());
            JsonNode body = TestApp.json(r);
            assertFalse(body.get("error").asText().isEmpty());
            assertFalse(body.get("detail").asText().isEmpty());
        }
        assertEquals(checksum, org.newsgraph.graph.GraphChecksum.of(app.db()).sha256(), "the graph is unchanged");
    }

    @Test
    void qualitySaysPrecisionPerTypeAndGivesTheVerdictsAsJsonLines() throws Exception {
        List<JsonNode> decisions = new java.util.ArrayList<>();
        String[][] edges = {{"kim_jong_un", "MET", "vladimir_putin"}, {"north_korea", "SUPPLIED", "russia"},
            {"russia", "VETOED", "un_sanctions_north_korea"}};
        for (String[] e : edges) {
            JsonNode claims = get("/api/evidence?source=" + e[0] + "&type=" + e[1] + "&target=" + e[2]).get("claims");
            for (int i = 0; i < claims.size(); i++) {
                JsonNode c = claims.get(i);
                String verdict = i == 0 && e[1].equals("SUPPLIED") ? "\"reject\", \"reason\": \"wrong status\"" : "\"accept\"";
                decisions.add(ok(post("/api/claims/" + enc(c.get("claim").asText()) + "/review",
                        "{\"verdict\": " + verdict + ", \"rev\": " + c.get("rev").asLong() + "}")));
            }
        }
        JsonNode q = get("/api/quality");
        System.out.println("GET /api/quality after reviewing the MET, SUPPLIED and VETOED edges of the seed graph:\n"
                + q.toPrettyString().lines().limit(60).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(decisions.size(), q.get("reviewed").asLong());
        assertEquals(3, q.get("byType").size());
        for (JsonNode t : q.get("byType")) {
            double expected = t.get("key").asText().equals("SUPPLIED")
                    ? (t.get("reviewed").asDouble() - 1) / t.get("reviewed").asDouble() : 1.0;
            assertEquals(expected, t.get("precision").asDouble(), 0.001, t.toString());
        }
        assertTrue(q.get("queue").size() > 0);
        String gold = app.get("/api/quality/gold.jsonl").body();
        assertEquals(decisions.size() - 1, gold.lines().count(), gold);
        JsonNode line = TestApp.JSON.readTree(gold.lines().findFirst().orElseThrow());
        for (String field : List.of("source", "type", "target", "article", "evidence", "status")) {
            assertTrue(line.hasNonNull(field), field + " in " + line);
        }
        for (JsonNode d : decisions) {
            undo(d);
        }
        assertEquals(0, get("/api/quality").get("reviewed").asLong());
    }

    static HttpResponse<String> send(String method, String path, String type, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path))).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return app.send(b.build());
    }

    static String verdict(String claim) {
        return app.db().read(tx -> tx.run("MATCH (c:Claim {id: $id}) RETURN coalesce(c.verdict, '') AS v",
                java.util.Map.of("id", claim)).single().get("v").asString());
    }

    @Test
    void undoAndRemovalNeedJsonOrThePagesHeaderLikeEveryOtherWrite() throws Exception {
        JsonNode c = firstClaim("kim_jong_un", "MET", "vladimir_putin");
        JsonNode d = ok(post("/api/claims/" + enc(c.get("claim").asText()) + "/review",
                "{\"verdict\": \"accept\", \"rev\": " + c.get("rev").asLong() + "}"));
        String undo = "/api/curation/" + d.get("decision").asText() + "/undo";
        // what another site's page can send without asking first: a form post, or a body-less post
        for (HttpResponse<String> r : List.of(send("POST", undo, "application/x-www-form-urlencoded", "x=1"),
                send("POST", undo, "text/plain", "{}"), send("POST", undo, null, null))) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(TestApp.json(r).get("detail").asText().contains("X-Requested-With"), r.body());
        }
        assertEquals("accepted", verdict(c.get("claim").asText()), "not undone");
        HttpResponse<String> page = send("POST", undo, null, null, "X-Requested-With", "newsgraph", "X-Analyst", "Ana");
        assertEquals(200, page.statusCode(), "the page's header is enough for a write without a body: " + page.body());
        assertEquals("", verdict(c.get("claim").asText()));

        HttpResponse<String> folder = send("DELETE", "/api/articles/000_f6ebf1c77519c4e2.txt", null, null);
        assertEquals(400, folder.statusCode(), "refused before the handler looks at the article: " + folder.body());
        assertEquals(403, send("DELETE", "/api/articles/000_f6ebf1c77519c4e2.txt", null, null, "X-Requested-With", "newsgraph")
                .statusCode(), "with the header the handler answers (an article of the folder is not removed here)");
        assertEquals(400, send("DELETE", "/api/articles/nope.txt", "text/plain", "x").statusCode());
        assertEquals(404, send("DELETE", "/api/articles/nope.txt", null, null, "X-Requested-With", "newsgraph").statusCode());
        assertEquals(404, send("DELETE", "/api/no-such-thing", null, null).statusCode(), "an unknown route is still 404");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
