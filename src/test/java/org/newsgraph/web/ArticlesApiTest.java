package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.web.Uploads.Part;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;

/** Adding articles over the API — pasted text, uploaded files, URL jobs — and removing them; every bad input a 4xx. */
@ResourceLock(TestApp.ADDING_LOCK)
class ArticlesApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.forAdding();
    static HttpServer pages;
    static String base;
    static byte[] news;

    static final String PASTED = "Schoigu reist nach Pjöngjang\n\nDer russische Verteidigungsminister Sergei Schoigu hat"
            + " am Dienstag in Pjöngjang den nordkoreanischen Machthaber Kim Jong-un getroffen. Die beiden sprachen nach"
            + " Angaben der Nachrichtenagentur KCNA über militärische Zusammenarbeit. Schoigu besichtigte anschließend eine"
            + " Ausstellung mit Raketen und Drohnen. Beobachter in Seoul vermuten, dass Moskau in Nordkorea Munition kaufen"
            + " will.\n";

    static final String FRENCH = "Le président russe a rencontré mercredi le dirigeant nord-coréen à Pyongyang. Les deux"
            + " hommes ont signé un traité de partenariat stratégique global. Selon les services de renseignement"
            + " occidentaux, la Corée du Nord livre depuis plusieurs mois des obus et des missiles à la Russie, ce que les"
            + " deux pays démentent avec vigueur devant les Nations unies.";

    @BeforeAll
    static void servePages() throws Exception {
        news = ArticlesApiTest.class.getResourceAsStream("/pages/news.html").readAllBytes();
        pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pages.createContext("/news.html", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, news.length);
            ex.getResponseBody().write(news);
            ex.close();
        });
        pages.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        pages.createContext("/feed.rss", ex -> {
            byte[] rss = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><link>/news.html</link>"
                    + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, rss.length);
            ex.getResponseBody().write(rss);
            ex.close();
        });
        pages.start();
        base = "http://127.0.0.1:" + pages.getAddress().getPort();
    }

    @AfterAll
    static void stopPages() {
        pages.stop(0);
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 202, r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void aPastedTextBecomesAnArticleWithEdgesAndCanBeRemoved() throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", PASTED, "title", "Schoigu reist nach Pjöngjang",
                "outlet", "Testblatt", "published", "2023-07-26"));
        String listedBefore = ok(app.get("/api/articles")).toString(); // now a kept answer, stale after the import
        JsonNode job = ok(app.postJson("/api/articles", body));
        assertEquals("done", job.get("state").asText());
        String id = job.get("articles").get(0).asText();
        assertTrue(id.startsWith("pasted-schoigu_reist_nach_pjöngjang-") && id.endsWith(".txt"), id);
        JsonNode edges = ok(app.get("/api/articles/" + id + "/edges")).get("edges");
        assertTrue(edges.toString().contains("\"MET\"") && edges.toString().contains("sergei_shoigu"), edges.toString());
        JsonNode listed = ok(app.get("/api/articles")).get("articles");
        JsonNode mine = null;
        for (JsonNode a : listed) {
            if (a.get("id").asText().equals(id)) {
                mine = a;
            }
        }
        assertFalse(listedBefore.contains(id));
        assertEquals("added", mine.get("origin").asText());
        assertEquals("Testblatt", mine.get("outlet").asText());
        assertEquals("2023-07-26", mine.get("published").asText());

        assertEquals("done", ok(app.postJson("/api/articles", body)).get("state").asText(), "the same text again");
        assertEquals(0, ok(app.postJson("/api/articles", body)).get("articles").size(), "nothing new to load");

        assertEquals(200, app.send(HttpRequest.newBuilder(URI.create(app.url("/api/articles/" + id)))
                .header("X-Requested-With", "newsgraph").DELETE().build()).statusCode());
        assertEquals(404, app.get("/api/articles/" + id + "/edges").statusCode());
        assertFalse(ok(app.get("/api/articles")).toString().contains(id), "the kept list is stale after a removal");
        HttpResponse<String> folder = app.send(HttpRequest.newBuilder(URI.create(app.url("/api/articles/000_f6ebf1c77519c4e2.txt")))
                .header("X-Requested-With", "newsgraph").DELETE().build());
        assertEquals(403, folder.statusCode(), folder.body());
        assertEquals(404, app.send(HttpRequest.newBuilder(URI.create(app.url("/api/articles/nope.txt")))
                .header("X-Requested-With", "newsgraph").DELETE().build()).statusCode());
    }

    @Test
    void filesUploadTogetherAndABadOneIsNamedWithItsReason() throws Exception {
        String boundary = "----newsgraph" + System.nanoTime();
        byte[] form = Uploads.multipart(boundary, List.of(
                new Part("../../etc/saved page.html", news),
                new Part("notes.md", ("# Putin bei Kim\n\n" + PASTED.replace("Schoigu", "Lawrow").replace("Verteidigungsminister",
                        "Außenminister")).getBytes(StandardCharsets.UTF_8)),
                new Part("tool.exe", new byte[] {0x4d, 0x5a, 0}),
                new Part("empty.txt", new byte[0])));
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/articles")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Requested-With", "newsgraph").POST(HttpRequest.BodyPublishers.ofByteArray(form)).build();
        JsonNode job = ok(app.send(request));
        List<String> ids = new ArrayList<>();
        job.get("articles").forEach(a -> ids.add(a.asText()));
        assertEquals(List.of("saved_page.html", "notes.md"), ids, "a client's path never reaches the file system: " + job);
        String items = job.get("items").toString();
        assertTrue(items.contains("tool.exe") && items.contains("not a .txt, .md or .html file"), items);
        assertTrue(items.contains("empty.txt") && items.contains("is empty"), items);

        HttpRequest noHeader = HttpRequest.newBuilder(URI.create(app.url("/api/articles")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build();
        assertEquals(403, app.send(noHeader).statusCode(), "an upload without X-Requested-With could come from any site");
    }

    @Test
    void fiveHundredFilesAtOnceAreEachAnsweredAndTheServerKeepsServing() throws Exception {
        String boundary = "----many" + System.nanoTime();
        List<Part> parts = new ArrayList<>();
        byte[] same = PASTED.replace("Schoigu", "Gerassimow").replace("Verteidigungsminister", "Generalstabschef")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 250; i++) {
            parts.add(new Part("copy" + i + ".txt", same));
            parts.add(new Part("data" + i + ".bin", new byte[] {1, 2, 3}));
        }
        JsonNode job = ok(app.send(HttpRequest.newBuilder(URI.create(app.url("/api/articles")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Requested-With", "newsgraph")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Uploads.multipart(boundary, parts))).build()));
        assertEquals(1, job.get("articles").size(), "one text, once: " + job.get("summary"));
        assertEquals(500, job.get("items").size());
        int same500 = 0;
        for (JsonNode item : job.get("items")) {
            same500 += item.path("skipped").asText("").contains("same text") ? 1 : 0;
        }
        assertEquals(249, same500, "the other copies are named as duplicates");
        assertEquals(200, app.get("/api/health").statusCode());
    }

    @Test
    void urlsAreFetchedInAJobThatReportsEachItem() throws Exception {
        JsonNode job = ok(app.postJson("/api/imports", JSON.writeValueAsString(Map.of("urls",
                List.of(base + "/news.html", base + "/gone")))));
        String id = job.get("id").asText();
        for (int i = 0; i < 120 && !job.get("state").asText().equals("done"); i++) {
            Thread.sleep(250);
            job = ok(app.get("/api/imports/" + id));
        }
        assertEquals("done", job.get("state").asText(), job.toString());
        assertEquals(2, job.get("total").asInt());
        assertTrue(job.get("items").toString().contains("HTTP 404"), job.toString());
        assertTrue(ok(app.get("/api/articles")).toString().contains("\"127.0.0.1_news.html\""),
                "the page is in (this job or the feed test, whichever ran first, fetched it)");
        assertEquals(404, app.get("/api/imports/unknown").statusCode());
    }

    static JsonNode awaitJob(JsonNode job) throws Exception {
        for (int i = 0; i < 120 && !List.of("done", "failed").contains(job.get("state").asText()); i++) {
            Thread.sleep(250);
            job = ok(app.get("/api/imports/" + job.get("id").asText()));
        }
        return job;
    }

    @Test
    void aFeedJobImportsItsNewItemsAndAPageThatIsNoFeedFailsWithTheReason() throws Exception {
        JsonNode feed = awaitJob(ok(app.postJson("/api/imports", JSON.writeValueAsString(Map.of("feed", base + "/feed.rss")))));
        assertEquals("done", feed.get("state").asText(), feed.toString());
        assertTrue(feed.get("total").asInt() <= 1, "one item, or none when another test imported it first: " + feed);
        JsonNode notFeed = awaitJob(ok(app.postJson("/api/imports", JSON.writeValueAsString(Map.of("feed", base + "/news.html")))));
        assertEquals("failed", notFeed.get("state").asText(), notFeed.toString());
        assertTrue(notFeed.get("summary").asText().contains("not an RSS or Atom feed"), notFeed.toString());
    }

    @Test
    void badRequestsGetTheir4xx() throws Exception {
        Map<String, Integer> bodies = Map.of(
                "{}", 400,
                "[]", 400,
                "{\"text\": 5}", 400,
                "{\"text\": \"" + FRENCH + "\"}", 400,
                "{\"text\": \"" + PASTED.replace("\n", "\\n") + "\", \"published\": \"yesterday\"}", 400,
                "{\"text\": \"x\", \"title\": \"" + "t".repeat(2000) + "\"}", 400);
        bodies.forEach((body, status) -> {
            try {
                HttpResponse<String> r = app.postJson("/api/articles", body);
                assertEquals((int) status, r.statusCode(), body.substring(0, Math.min(80, body.length())) + " → " + r.body());
                assertTrue(JSON.readTree(r.body()).has("detail"), r.body());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        HttpResponse<String> plain = app.send(HttpRequest.newBuilder(URI.create(app.url("/api/articles")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(PASTED)).build());
        assertEquals(400, plain.statusCode(), plain.body());
        HttpResponse<String> foreign = app.postJson("/api/articles", JSON.writeValueAsString(Map.of("text", PASTED)),
                "Origin", "http://evil.example");
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertEquals(400, app.postJson("/api/imports", "{\"urls\": []}").statusCode());
        assertEquals(400, app.postJson("/api/imports", "{\"urls\": \"http://x\"}").statusCode());
        assertFalse(app.get("/api/health").body().isEmpty(), "still serving");
    }
}
