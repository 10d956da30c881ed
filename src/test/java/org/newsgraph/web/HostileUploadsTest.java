package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.GermanText;
import org.newsgraph.TestApp;
import org.newsgraph.web.Uploads.Part;

/**
 * Security round 3, findings 5 and 6: pages nested tens of thousands of levels deep (they overflowed Readability's
 * stack: a 500, the good file beside them lost, a URL job failed whole) are skips with their reason; and uploads whose
 * names clash (x.txt, a/x.txt, ../../x.txt all arrive as x.txt) keep every article instead of replacing the earlier.
 */
@ResourceLock(TestApp.ADDING_LOCK)
class HostileUploadsTest {
    @RegisterExtension
    static final TestApp app = TestApp.forAdding();
    static final long RUN = System.nanoTime(); // new texts on every run: nothing is "already in the graph"
    static HttpServer pages;
    static String base;

    /** {@code n} elements opened inside each other and never closed, around a paragraph. */
    static byte[] nested(String open, int n) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"de\"><body>");
        html.append(open.repeat(n)).append("<p>").append(GermanText.article(8, RUN)).append("</p></body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void servePages() throws Exception {
        pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, byte[]> served = Map.of("/deep.html", nested("<div>", 200_000),
                "/good.html", ("<html lang=\"de\"><body><article><h1>Bericht</h1><p>" + GermanText.article(15, RUN + 1)
                        + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        served.forEach((path, body) -> pages.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        }));
        pages.start();
        base = "http://127.0.0.1:" + pages.getAddress().getPort();
    }

    @AfterAll
    static void stopPages() {
        pages.stop(0);
    }

    @Test
    void deeplyNestedPagesAreNamedSkipsAndTheGoodFileBesideThemLoads() throws Exception {
        JsonNode job = Uploads.upload(app, new Part("lists.html", nested("<li><ul>", 20_000)),
                new Part("divs.html", nested("<div>", 200_000)), Part.text("neighbour.txt", GermanText.article(15, RUN + 2)));
        for (String deep : List.of("lists.html", "divs.html")) {
            String why = Uploads.item(job, deep).get("skipped").asText();
            assertTrue(why.contains("nested more than 256 levels deep"), deep + ": " + why);
        }
        assertEquals("neighbour.txt", Uploads.item(job, "neighbour.txt").get("article").asText(), job.toString());
        assertEquals(200, app.get("/api/health").statusCode());
        Uploads.remove(app, "neighbour.txt");
    }

    @Test
    void aDeeplyNestedPageInAUrlJobIsASkipAndTheJobGoesOn() throws Exception {
        JsonNode job = Uploads.ok(app.postJson("/api/imports", TestApp.JSON.writeValueAsString(Map.of("urls",
                List.of(base + "/deep.html", base + "/good.html")))));
        job = Uploads.awaitJob(app, job);
        assertEquals("done", job.get("state").asText(), job.toString());
        assertTrue(Uploads.item(job, base + "/deep.html").get("skipped").asText().contains("nested more than"), job.toString());
        assertEquals("127.0.0.1_good.html", Uploads.item(job, base + "/good.html").get("article").asText(), job.toString());
        Uploads.remove(app, "127.0.0.1_good.html");
    }

    @Test
    void uploadsUnderOneNameKeepEveryArticle() throws Exception {
        List<String> ids = new ArrayList<>();
        int seed = 10;
        for (String name : List.of("x.txt", "a/x.txt", "../../x.txt")) { // one request each
            JsonNode job = Uploads.upload(app, Part.text(name, GermanText.article(12, RUN + seed++)));
            ids.add(job.get("articles").get(0).asText());
        }
        assertEquals(List.of("x.txt", "x-2.txt", "x-3.txt"), ids);
        JsonNode together = Uploads.upload(app, Part.text("y.txt", GermanText.article(12, RUN + seed++)),
                Part.text("a/y.txt", GermanText.article(12, RUN + seed++)), Part.text("../../y.txt", GermanText.article(12, RUN + seed)));
        together.get("articles").forEach(a -> ids.add(a.asText()));
        assertEquals(List.of("x.txt", "x-2.txt", "x-3.txt", "y.txt", "y-2.txt", "y-3.txt"), ids, together.toString());
        String listed = Uploads.ok(app.get("/api/articles")).toString();
        ids.forEach(id -> assertTrue(listed.contains("\"" + id + "\""), id + " is kept"));

        JsonNode again = Uploads.upload(app, Part.text("x.txt", GermanText.article(12, RUN + 11))); // a/x.txt's text
        assertNull(Uploads.item(again, "x.txt").get("article").textValue(), again.toString());
        assertTrue(again.toString().contains("already imported as x-2.txt (same text)"), again.toString());
        for (String id : ids) {
            Uploads.remove(app, id);
        }
    }
}
