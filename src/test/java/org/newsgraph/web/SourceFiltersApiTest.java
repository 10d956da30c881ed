package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Session;
import org.newsgraph.TestApp;

/**
 * The source filters' API on the seed graph: the outlets and authors to choose from, and which relations an outlet,
 * article or author backs with at least N independent sources, checked against the claims read directly with Cypher
 * and against the independent sources the loader keeps on each edge.
 */
class SourceFiltersApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    static final String OUTLET = "Tages-Anzeiger (Tamedia, guessed)";
    static final String AUTHOR = "Thomas Hahn (Seoul)";
    static final String ARTICLE = "001_bd381afa37355e67.txt";
    /** Every relation of the first view, as "source|TYPE|target", and its independent sources as the loader keeps them. */
    static final Map<String, Integer> EDGES = new HashMap<>();

    @BeforeAll
    static void readTheGraph() throws Exception {
        for (JsonNode e : JSON.readTree(app.get("/api/graph?limit=2000").body()).get("edges")) {
            JsonNode d = e.get("data");
            EDGES.put(d.get("source").asText() + "|" + d.get("type").asText() + "|" + d.get("target").asText(),
                    d.path("independentSources").asInt(0));
        }
        assertTrue(EDGES.size() > 30, "a real graph: " + EDGES.size());
    }

    static Set<String> backed(String filter) throws Exception {
        HttpResponse<String> r = app.postJson("/api/sources/edges", "{\"edges\": " + JSON.writeValueAsString(List.copyOf(EDGES.keySet()))
                + (filter.isEmpty() ? "" : ", " + filter) + "}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(EDGES.size(), body.get("asked").asInt());
        Set<String> keys = new TreeSet<>();
        body.get("edges").forEach(e -> {
            assertTrue(e.get("claims").asInt() >= e.get("sources").asInt() && e.get("sources").asInt() >= 1, e.toString());
            keys.add(e.get("key").asText());
        });
        return keys;
    }

    /** The relations with a decided claim read in an article that matches {@code where} (Cypher on a). */
    static Set<String> expected(String where, Map<String, Object> params) {
        try (Session s = app.db().driver().session(app.db().sessionConfig())) {
            Map<String, Object> p = new HashMap<>(params);
            p.put("keys", List.copyOf(EDGES.keySet()));
            return new TreeSet<>(s.run("""
                    MATCH (c:Claim)-[:STATED_IN]->(:Sentence)-[:IN]->(a:Article)
                    WHERE c.status <> 'suggested' AND (c.verdict IS NULL OR c.verdict <> 'rejected') AND\s""" + where + """

                    WITH DISTINCT c.subject + '|' + c.type + '|' + c.object AS key WHERE key IN $keys
                    RETURN key""", p).list(r -> r.get("key").asString()));
        }
    }

    @Test
    void theOutletsAndAuthorsToChooseFrom() throws Exception {
        JsonNode sources = JSON.readTree(app.get("/api/sources").body());
        Map<String, Integer> outlets = new HashMap<>();
        sources.get("outlets").forEach(o -> outlets.put(o.get("name").asText(), o.get("articles").asInt()));
        assertEquals(2, outlets.get(OUTLET), outlets.toString());
        assertEquals(4, outlets.size(), outlets.toString());
        assertEquals(AUTHOR, sources.at("/authors/0/name").asText());
        assertEquals(1, sources.get("authors").size());
    }

    @Test
    void anOutletAnArticleOrAnAuthorKeepsTheRelationsItsClaimsBack() throws Exception {
        Set<String> byOutlet = backed("\"outlet\": " + JSON.writeValueAsString(OUTLET));
        assertEquals(expected("a.outlet = $v", Map.of("v", OUTLET)), byOutlet);
        assertFalse(byOutlet.isEmpty());
        assertTrue(byOutlet.size() < EDGES.size(), "an outlet backs only some relations");
        Set<String> byArticle = backed("\"article\": \"" + ARTICLE + "\"");
        assertEquals(expected("a.id = $v", Map.of("v", ARTICLE)), byArticle);
        assertFalse(byArticle.isEmpty());
        Set<String> byAuthor = backed("\"author\": " + JSON.writeValueAsString(AUTHOR));
        assertEquals(expected("a.author = $v", Map.of("v", AUTHOR)), byAuthor);
        assertFalse(byAuthor.isEmpty());
        assertEquals(Set.of(), backed("\"outlet\": \"No Such Outlet\""));
        assertEquals(EDGES.keySet(), backed(""), "without a filter every relation is backed");
    }

    @Test
    void atLeastNIndependentSourcesCountsAsTheLoaderDoes() throws Exception {
        for (int n = 2; n <= 3; n++) {
            Set<String> expected = new TreeSet<>();
            int min = n;
            EDGES.forEach((k, sources) -> {
                if (sources >= min) {
                    expected.add(k);
                }
            });
            assertEquals(expected, backed("\"minSources\": " + n), "at least " + n);
            if (n == 2) {
                assertFalse(expected.isEmpty(), "the seeds have relations with two independent sources");
            }
        }
        // within an outlet: its own independent reports
        Set<String> both = backed("\"outlet\": " + JSON.writeValueAsString(OUTLET) + ", \"minSources\": 2");
        assertTrue(backed("\"outlet\": " + JSON.writeValueAsString(OUTLET)).containsAll(both));
    }

    @Test
    void badFiltersAreRefusedWithTheReason() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            many.add("a" + i + "|MET|b");
        }
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("{\"edges\": \"kim_jong_un|MET|vladimir_putin\"}", "edges");
        bad.put("{}", "edges");
        bad.put("{\"edges\": [\"kim_jong_un|MEETS|vladimir_putin\"]}", "relation type");
        bad.put("{\"edges\": [\"Kim Jong-un|MET|vladimir_putin\"]}", "entity ids");
        bad.put("{\"edges\": [\"kim_jong_un|MET\"]}", "source|TYPE|target");
        bad.put("{\"edges\": [7]}", "source|TYPE|target");
        bad.put("{\"edges\": [], \"minSources\": 0}", "minSources");
        bad.put("{\"edges\": [], \"minSources\": 1.5}", "minSources");
        bad.put("{\"edges\": [], \"outlet\": \"\"}", "outlet");
        bad.put("{\"edges\": [], \"author\": 3}", "author");
        bad.put("{\"edges\": [], \"asOf\": \"2999-01-01\"}", "asOf");
        bad.put("{\"edges\": " + JSON.writeValueAsString(many) + "}", "at most 5000");
        bad.put("[1, 2]", "object");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            HttpResponse<String> r = app.postJson("/api/sources/edges", b.getKey());
            assertEquals(400, r.statusCode(), b.getKey() + " → " + r.body());
            assertTrue(JSON.readTree(r.body()).get("detail").asText().contains(b.getValue()), b.getValue() + " in " + r.body());
        }
        HttpResponse<String> empty = app.postJson("/api/sources/edges", "{\"edges\": []}");
        assertEquals(JSON.readTree("{\"edges\": [], \"asked\": 0}"), JSON.readTree(empty.body()));
    }
}
