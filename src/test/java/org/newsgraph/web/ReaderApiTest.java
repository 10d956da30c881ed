package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;

/**
 * GET /api/articles/{id} on the seed app: the article reader's whole text, its sentences with their claims (open
 * suggestions apart), every mention with its place; bad and unknown ids answered as JSON 4xx. Reads only.
 */
class ReaderApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();

    static JsonNode reader(String id) throws Exception {
        HttpResponse<String> r = app.get("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** The text of [start, end) as the blocks hold it (a span never leaves its block). */
    static String slice(JsonNode article, int start, int end) {
        for (JsonNode b : article.get("blocks")) {
            if (b.get("start").asInt() <= start && end <= b.get("end").asInt()) {
                return b.get("text").asText().substring(start - b.get("start").asInt(), end - b.get("start").asInt());
            }
        }
        throw new AssertionError("[" + start + ", " + end + ") lies in no block");
    }

    @Test
    void everySeedArticleReadsWholeWithItsHeaderClaimsAndMentions() throws Exception {
        JsonNode list = JSON.readTree(app.get("/api/articles").body()).get("articles");
        assertEquals(5, list.size());
        for (JsonNode listed : list) {
            JsonNode a = reader(listed.get("id").asText());
            assertEquals(listed.get("id").asText(), a.get("id").asText());
            assertEquals(listed.get("title").asText(), a.get("title").asText());
            assertEquals(listed.get("outlet").asText(), a.get("outlet").asText());
            assertEquals(listed.get("published").asText(), a.get("published").asText());
            assertEquals(a.get("published").asText(), a.get("reported").asText(), "its claims count from its publication day");
            assertTrue(a.get("shownChars").isNull(), "the whole text");
            assertTrue(a.get("note").isNull(), a.get("note").toString());
            assertEquals("folder", a.get("origin").asText());

            int claims = 0;
            int previousEnd = -1;
            long blockChars = 0;
            Set<String> sentences = new HashSet<>();
            for (JsonNode b : a.get("blocks")) {
                int start = b.get("start").asInt();
                int end = b.get("end").asInt();
                assertTrue(start > previousEnd && end > start, "blocks in order, apart: " + b.get("text"));
                assertEquals(end - start, b.get("text").asText().length());
                assertEquals(b.get("text").asText().strip(), b.get("text").asText(), "lines trimmed");
                blockChars += end - start;
                previousEnd = end;
                for (JsonNode s : b.get("sentences")) {
                    assertTrue(start <= s.get("start").asInt() && s.get("end").asInt() <= end, "a sentence stays in its block");
                    sentences.add(s.get("id").asText());
                    for (JsonNode c : s.get("claims")) {
                        assertFalse("suggested".equals(c.get("status").asText()), "no suggestion among the claims: " + c);
                        claims++;
                        for (JsonNode m : c.get("marks")) {
                            String entity = m.get("entity").asText();
                            assertTrue(entity.equals(c.get("source").asText()) || entity.equals(c.get("target").asText()));
                            assertTrue(s.get("start").asInt() <= m.get("start").asInt() && m.get("end").asInt() <= s.get("end").asInt());
                        }
                    }
                    for (JsonNode c : s.get("suggestions")) {
                        assertEquals("suggested", c.get("status").asText());
                        assertTrue(c.get("verdict").isNull(), "only open suggestions");
                    }
                }
            }
            assertEquals(listed.get("claims").asInt(), claims, "every claim of the article, in its sentence");
            assertTrue(blockChars > 0.8 * a.get("totalChars").asInt(), "the whole text: " + blockChars + " of " + a.get("totalChars"));
            assertTrue(a.get("mentions").size() > 10);
            for (JsonNode m : a.get("mentions")) {
                assertTrue(sentences.contains(m.get("sentence").asText()));
                assertFalse(slice(a, m.get("start").asInt(), m.get("end").asInt()).isBlank());
                assertNotNull(m.get("name").asText(null));
            }
        }
    }

    @Test
    void anEdgesEvidenceSentenceIsFoundInItsArticleWithItsClaim() throws Exception {
        JsonNode ev = JSON.readTree(app.get("/api/evidence?source=kim_jong_un&type=MET&target=vladimir_putin").body());
        assertTrue(ev.get("claims").size() > 0);
        for (JsonNode c : ev.get("claims")) {
            JsonNode a = reader(c.get("article").asText());
            JsonNode found = null;
            for (JsonNode b : a.get("blocks")) {
                for (JsonNode s : b.get("sentences")) {
                    if (s.get("id").asText().equals(c.get("sentenceId").asText())) {
                        found = s;
                    }
                }
            }
            assertNotNull(found, "sentence " + c.get("sentenceId") + " in the reader of " + c.get("article"));
            assertEquals(c.get("sentence").asText(), slice(a, found.get("start").asInt(), found.get("end").asInt()));
            Map<String, String> types = new HashMap<>();
            found.get("claims").forEach(x -> types.put(x.get("id").asText(), x.get("type").asText()));
            assertEquals("MET", types.get(c.get("claim").asText()), found.toString());
            JsonNode claim = null;
            for (JsonNode x : found.get("claims")) {
                if (x.get("id").asText().equals(c.get("claim").asText())) {
                    claim = x;
                }
            }
            assertEquals(Set.of("Kim Jong-un", "Vladimir Putin"), Set.of(claim.get("sourceName").asText(), claim.get("targetName").asText()));
            assertTrue(claim.get("marks").size() >= 2, "both ends marked: " + claim);
        }
    }

    @Test
    void theDigestSaysWhereItsNewestEvidenceStands() throws Exception {
        JsonNode d = JSON.readTree(app.get("/api/digest?since=2020-01-01").body());
        JsonNode newest = d.get("edges").get(0).get("newest");
        JsonNode a = reader(newest.get("article").asText());
        boolean found = false;
        for (JsonNode b : a.get("blocks")) {
            for (JsonNode s : b.get("sentences")) {
                found |= s.get("id").asText().equals(newest.get("sentenceId").asText());
            }
        }
        assertTrue(found, newest.toString());
    }

    @Test
    void badAndUnknownIdsAreJson4xx() throws Exception {
        HttpResponse<String> unknown = app.get("/api/articles/no-such-article.txt");
        assertEquals(404, unknown.statusCode());
        JsonNode body = JSON.readTree(unknown.body());
        assertEquals("not found", body.get("error").asText());
        assertTrue(body.get("detail").asText().contains("no-such-article.txt"));
        // an article of a subfolder has a '/' in its id: encoded (as the page does), it reaches the handler
        HttpResponse<String> nested = app.get("/api/articles/sub%2Fdir%20x.txt");
        assertEquals(404, nested.statusCode(), nested.body());
        assertTrue(JSON.readTree(nested.body()).get("detail").asText().contains("'sub/dir x.txt'"), nested.body());
        for (String bad : new String[] {"x".repeat(301), "a%01b", "%20%20"}) {
            HttpResponse<String> r = app.get("/api/articles/" + bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertEquals("bad parameter", JSON.readTree(r.body()).get("error").asText());
        }
    }
}
