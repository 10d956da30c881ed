package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.newsgraph.export.DigestReport;
import org.newsgraph.extract.text.ArticleMeta;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.graph.DigestQueries;

/**
 * Addresses that are not http(s) are not kept as an article's address, wherever they come from (a pasted form, a
 * page's JSON-LD, Open Graph or canonical link), and the Markdown digest shows titles and addresses as text.
 */
@ResourceLock(TestApp.ADDING_LOCK)
class LinkSafetyTest {
    @RegisterExtension
    static final TestApp app = TestApp.forAdding();
    static final String HOSTILE_TITLE = "**Beloussow** [klick](javascript:alert(1)) <img src=x onerror=alert(1)> `x` _y_";
    /** The title as Markdown text: every character that would make it markup escaped. */
    static final String ESCAPED_TITLE = "\\*\\*Beloussow\\*\\* \\[klick\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>"
            + " \\`x\\` \\_y\\_";

    @Test
    void aPastedJavascriptAddressIsNotKeptAndTheDigestShowsTheTitleAsText() throws Exception {
        String text = ArticlesApiTest.PASTED.replace("Schoigu", "Beloussow");
        String today = LocalDate.now().toString();
        HttpResponse<String> added = app.postJson("/api/articles", JSON.writeValueAsString(Map.of("text", text,
                "title", HOSTILE_TITLE, "outlet", "Testblatt", "published", today, "url", "javascript:alert(document.domain)")));
        assertEquals(200, added.statusCode(), added.body());
        String id = JSON.readTree(added.body()).get("articles").get(0).asText();
        try {
            JsonNode mine = null;
            for (JsonNode a : JSON.readTree(app.get("/api/articles").body()).get("articles")) {
                mine = a.get("id").asText().equals(id) ? a : mine;
            }
            assertTrue(mine != null && (mine.path("url").isNull() || mine.path("url").isMissingNode()), String.valueOf(mine));
            String stored = app.db().read(tx -> tx.run("MATCH (a:Article {id: $id}) RETURN a.url AS url", Map.of("id", id))
                    .single().get("url").asString(null));
            assertNull(stored, "not stored");

            HttpResponse<String> md = app.get("/api/digest.md?since=" + today);
            assertEquals(200, md.statusCode(), md.body());
            assertTrue(md.body().contains("Beloussow"), "the pasted article is in the digest:\n" + md.body());
            assertFalse(md.body().contains("javascript:alert(document"), md.body());
            assertTrue(md.body().contains(ESCAPED_TITLE), "the title is text, not Markdown:\n" + md.body());
            String html = app.get("/api/digest.html?since=" + today).body();
            assertFalse(html.contains("<img") || html.contains("javascript:alert(document"), html);
        } finally {
            assertEquals(200, app.send(HttpRequest.newBuilder(URI.create(app.url("/api/articles/" + id)))
                    .header("X-Requested-With", "newsgraph").DELETE().build()).statusCode());
        }
    }

    @Test
    void aPagesJavascriptAddressInJsonLdOpenGraphOrCanonicalIsDropped() throws Exception {
        String words = "Der russische Verteidigungsminister Sergei Schoigu hat am Dienstag in Pjöngjang den Machthaber Kim"
                + " Jong-un getroffen. Die beiden sprachen nach Angaben der Nachrichtenagentur über militärische Zusammenarbeit"
                + " und über die Lieferung von Munition. Beobachter in Seoul vermuten, dass Moskau in Nordkorea weitere"
                + " Granaten kaufen will, was beide Regierungen bestreiten. Das Verteidigungsministerium in Moskau teilte"
                + " am Abend mit, der Besuch diene der Vertiefung der Beziehungen zwischen beiden Ländern, die seit Jahren"
                + " eng zusammenarbeiten.";
        for (String head : List.of(
                "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"T\", \"url\": \"javascript:alert(1)\"}</script>",
                "<meta property=\"og:url\" content=\"JavaScript:alert(1)\">",
                "<link rel=\"canonical\" href=\"java&#x09;script:alert(1)\">",
                "<link rel=\"canonical\" href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">")) {
            byte[] page = ("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>T</title>" + head
                    + "</head><body><article><h1>T</h1><p>" + words + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            assertNull(ArticleReader.article("page.html", page, ArticleMeta.empty(), true, null, null).meta().url(), head);
        }
        assertEquals("https://www.example.org/a?b=1", new ArticleMeta(null, null, null, " https://www.example.org/a?b=1 ",
                null, null).url());
        for (String bad : List.of("javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "vbscript:x", "data:,x",
                "file:///etc/passwd", "//evil.example/x", "/relative", "http://", "http:///x", "https://a b")) {
            assertNull(new ArticleMeta(null, null, null, bad, null, null).url(), bad);
        }
    }

    @Test
    void theMarkdownDigestEscapesTitlesAndWritesOnlyWebAddresses() {
        Map<String, Object> newest = new java.util.HashMap<>(Map.of("sentence", "# Heading\n- item [a](javascript:x) <b>&amp;",
                "title", HOSTILE_TITLE, "outlet", "*Blatt*", "published", "2024-07-02", "url", "javascript:alert(1)"));
        Map<String, Object> edge = Map.of("sourceName", "A_b", "type", "MET", "targetName", "<script>", "change", "new",
                "claimsNow", 1, "statusNow", "fact", "newest", newest);
        String md = DigestReport.markdown(new DigestQueries.Digest("2024-07-01", List.of(), List.of(edge)));
        assertTrue(md.contains("- **A\\_b — met — \\<script\\>**: new"), md);
        assertTrue(md.contains("  > \\# Heading - item \\[a\\](javascript:x) \\<b\\>\\&amp;\n"), "one line, no heading:\n" + md);
        assertTrue(md.contains("  > — " + ESCAPED_TITLE + ", \\*Blatt\\*, 2024-07-02\n"), "no address but a web one:\n" + md);
        newest.put("url", "https://example.org/a>b");
        assertTrue(DigestReport.markdown(new DigestQueries.Digest("2024-07-01", List.of(), List.of(edge)))
                .contains(" <https://example.org/a%3Eb>"), "a web address stays, as an autolink that cannot be ended early");
    }
}
