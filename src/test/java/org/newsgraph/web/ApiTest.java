package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;

/** The API over real HTTP against the app wired to a real embedded database (random ports). */
class ApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();

    @Test
    void healthReportsVersionAndCounts() throws Exception {
        HttpResponse<String> r = app.get("/api/health");
        assertEquals(200, r.statusCode());
        JsonNode h = JSON.readTree(r.body());
        assertEquals("ok", h.get("status").asText());
        assertTrue(h.get("neo4j").asText().startsWith("5.26"), h.toString());
        assertEquals(5, h.get("articles").asInt());
        assertTrue(h.get("claims").asInt() > 20, h.toString());
    }

    @Test
    void graphHasSeedEntitiesAndConsistentEdges() throws Exception {
        JsonNode g = JSON.readTree(app.get("/api/graph").body());
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        g.get("nodes").forEach(n -> {
            names.add(n.get("data").get("name").asText());
            ids.add(n.get("data").get("id").asText());
        });
        assertTrue(names.containsAll(Set.of("Vladimir Putin", "Kim Jong-un", "Sergei Lavrov", "Choe Son-hui",
                "Sergei Shoigu", "China")), names.toString());
        assertTrue(g.get("edges").size() > 10);
        g.get("edges").forEach(e -> {
            assertTrue(ids.contains(e.get("data").get("source").asText()));
            assertTrue(ids.contains(e.get("data").get("target").asText()));
        });
    }

    @Test
    void graphIsCappedWithTruncatedFlag() throws Exception {
        JsonNode g = JSON.readTree(app.get("/api/graph?limit=3").body());
        assertEquals(3, g.get("nodes").size());
        assertTrue(g.get("truncated").asBoolean());
        assertFalse(JSON.readTree(app.get("/api/graph?limit=2000").body()).get("truncated").asBoolean());
    }

    @Test
    void badInputGetsJsonErrors() throws Exception {
        for (String path : new String[] {"/api/graph?limit=abc", "/api/graph?limit=-1", "/api/graph?limit=99999999999"}) {
            HttpResponse<String> r = app.get(path);
            assertEquals(400, r.statusCode(), path);
            JsonNode body = JSON.readTree(r.body());
            assertTrue(body.has("error") && body.has("detail"), r.body());
        }
        HttpResponse<String> r = app.get("/api/does-not-exist");
        assertEquals(404, r.statusCode());
        assertEquals("not found", JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void searchFindsGermanAndEnglishSpellings() throws Exception {
        assertEquals("sergei_lavrov", JSON.readTree(app.get("/api/search?q=Lawrow").body()).get("hits").get(0).get("id").asText());
        assertEquals("sergei_shoigu", JSON.readTree(app.get("/api/search?q=Schoig").body()).get("hits").get(0).get("id").asText());
        assertEquals("pyongyang", JSON.readTree(app.get("/api/search?q=Pj%C3%B6ngjang").body()).get("hits").get(0).get("id").asText());
        assertEquals(0, JSON.readTree(app.get("/api/search?q=%22%28%5B%2A%3F").body()).get("hits").size(), "Lucene syntax is escaped");
        assertEquals(400, app.get("/api/search").statusCode());
    }

    static String firstHit(String typed) throws Exception {
        HttpResponse<String> r = app.get("/api/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), typed + ": " + r.body());
        JsonNode hits = JSON.readTree(r.body()).get("hits");
        return hits.isEmpty() ? null : hits.get(0).get("id").asText();
    }

    @Test
    void searchFindsNamesAsTheyAreWrittenExactMatchesFirst() throws Exception {
        assertEquals("kim_jong_un", firstHit("Kim Jong-un"));
        assertEquals("kim_jong_un", firstHit("kim jong-un"));
        assertEquals("kim_jong_un", firstHit("Kim Jong-u"), "the last word is a prefix");
        assertEquals("choe_son_hui", firstHit("Choe Son-hui"));
        assertEquals("north_korea", firstHit("Nordkorea"), "an exact alias ranks before names that contain it");
        assertEquals("vladimir_putin", firstHit("Putin"));
        assertEquals("sergei_lavrov", firstHit("Lawrow"));
    }

    @Test
    void searchTakesOperatorsAndQuotesLiterally() throws Exception {
        for (String typed : new String[] {"\"Kim", "Kim*", "Putin~", "(Putin", "Putin AND", "AND", "OR Putin", "-Putin",
                "Putin)", "Kim Jong-un\"", "\"\"", "*", "~", "+", "!", "\\", "/", "Putin^2", "[Putin TO Kim]", "{}", "&&", "||",
                "Kim's", "Kim’s", "Pjöngjang", "PJÖNGJANG", "Pjo\u0308ngjang", "«Putin»", "„Putin“", ":", "Putin:"}) {
            HttpResponse<String> r = app.get("/api/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), typed + ": " + r.body());
        }
        assertEquals("vladimir_putin", firstHit("-Putin"));
        assertEquals("vladimir_putin", firstHit("„Putin“"));
        assertEquals("pyongyang", firstHit("PJÖNGJANG"));
        assertEquals("pyongyang", firstHit("Pjo\u0308ngjang"), "a decomposed umlaut finds the composed name");
        assertEquals("kim_jong_un", firstHit("Kim Jong-un\""));
    }

    @Test
    void entityNeighboursAndEvidence() throws Exception {
        JsonNode kim = JSON.readTree(app.get("/api/entities/kim_jong_un").body());
        assertEquals("Person", kim.get("type").asText());
        assertTrue(kim.get("articles").size() >= 4);
        JsonNode nb = JSON.readTree(app.get("/api/entities/kim_jong_un/neighbours?limit=5&types=Person").body());
        assertTrue(nb.get("nodes").size() >= 2 && nb.get("nodes").size() <= 6);
        nb.get("nodes").forEach(n -> assertEquals("Person", n.get("data").get("type").asText()));
        JsonNode ev = JSON.readTree(app.get("/api/evidence?source=vladimir_putin&type=MET&target=kim_jong_un").body());
        assertTrue(ev.get("claims").size() >= 1);
        JsonNode c = ev.get("claims").get(0);
        String sentence = c.get("sentence").asText();
        c.get("marks").forEach(m -> assertTrue(m.get("end").asInt() <= sentence.length()));
        assertTrue(c.has("title") && c.has("outlet") && c.has("status"));
        // answers sized for a screen: the articles that name it most, and how many there are
        JsonNode paged = JSON.readTree(app.get("/api/entities/north_korea?articles=2").body());
        assertEquals(2, paged.get("articles").size());
        assertEquals(5, paged.get("articlesTotal").asInt());
        assertTrue(paged.get("articles").get(0).get("mentions").asInt() >= paged.get("articles").get(1).get("mentions").asInt());
        assertEquals(400, app.get("/api/entities/north_korea?articles=0").statusCode());
        assertEquals(false, nb.get("edgesTruncated").asBoolean(), "50 neighbours of the seed graph fit");
        assertEquals(404, app.get("/api/entities/nobody").statusCode());
        assertEquals("no entity with id 'nobody'", JSON.readTree(app.get("/api/entities/nobody").body()).get("detail").asText());
        assertEquals(400, app.get("/api/entities/..%2F..%2Fetc").statusCode());
        assertEquals(400, app.get("/api/evidence?source=a&type=DROP&target=b").statusCode());
        assertEquals(400, app.get("/api/entities/kim_jong_un/neighbours?types=Robot").statusCode());
    }

    @Test
    void shortestPathRunsOverExplorationEdgesOnly() throws Exception {
        JsonNode p = JSON.readTree(app.get("/api/path?from=choe_son_hui&to=china").body());
        JsonNode nodes = p.get("nodes");
        assertEquals("choe_son_hui", nodes.get(0).asText());
        assertEquals("china", nodes.get(nodes.size() - 1).asText());
        assertEquals(nodes.size() - 1, p.get("edges").size());
        p.get("elements").get("nodes").forEach(n -> assertTrue(n.get("data").has("type"), "only entities on a path"));
        assertEquals(404, app.get("/api/path?from=choe_son_hui&to=nobody").statusCode());
        assertEquals(400, app.get("/api/path?from=choe_son_hui&to=china&maxHops=99").statusCode());
        assertEquals(400, app.get("/api/path?from=choe_son_hui").statusCode());
    }

    @Test
    void timelineAndArticles() throws Exception {
        JsonNode t = JSON.readTree(app.get("/api/timeline").body());
        assertTrue(t.get("first").asText().compareTo(t.get("last").asText()) < 0, t.toString());
        JsonNode arts = JSON.readTree(app.get("/api/articles").body()).get("articles");
        assertEquals(5, arts.size());
        JsonNode edges = JSON.readTree(app.get("/api/articles/001_bd381afa37355e67.txt/edges").body()).get("edges");
        assertTrue(edges.size() > 3);
        assertEquals(404, app.get("/api/articles/missing.txt/edges").statusCode());
    }

    @Test
    void pageAndLibrariesAreServedWithSecurityHeaders() throws Exception {
        HttpResponse<String> page = app.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("main.js"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        HttpResponse<String> lib = app.get("/lib/cytoscape.js");
        assertEquals(200, lib.statusCode());
        assertTrue(lib.body().length() > 100_000);
        assertEquals(404, app.get("/lib/evil.js").statusCode());
    }
}
