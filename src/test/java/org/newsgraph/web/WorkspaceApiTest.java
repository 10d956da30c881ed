package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;

/**
 * The shared workspace through the API on a real store: notes on an entity, a relation and an article (listed,
 * searched, deleted with a tombstone line), saved views, bad input answered 4xx, every line in
 * {@code import/curation/workspace/} before the graph has it, and notes in the JSON export with internal fields.
 */
@ResourceLock(TestApp.REVIEW_LOCK)
class WorkspaceApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();
    static final String[] ANALYST = {"X-Analyst", "Ana%20Lyst"};

    static Path notesLog() {
        return app.importDir().resolve("curation/workspace/notes.jsonl");
    }

    static Path viewsLog() {
        return app.importDir().resolve("curation/workspace/views.jsonl");
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        return TestApp.json(r);
    }

    static void bad(int status, HttpResponse<String> r) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = TestApp.json(r);
        assertTrue(body.has("error") && body.has("detail"), r.body());
    }

    static JsonNode note(String kind, String key, String text) throws Exception {
        JsonNode n = ok(app.postJson("/api/notes", TestApp.JSON.writeValueAsString(
                Map.of("target", Map.of("kind", kind, "key", key), "text", text)), ANALYST));
        // the answer comes after the commit, and the line was forced to the disk before it
        assertTrue(Files.readString(notesLog()).contains("\"" + n.get("id").asText() + "\""), "the line is logged when the answer comes");
        return n;
    }

    static HttpResponse<String> delete(String path) throws Exception {
        return app.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("X-Requested-With", "newsgraph")
                .header("X-Analyst", "Ben").DELETE().build());
    }

    static List<String> ids(JsonNode notes) {
        List<String> out = new ArrayList<>();
        notes.get("notes").forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    static JsonNode list(String query) throws Exception {
        HttpResponse<String> r = app.get("/api/notes" + query);
        assertEquals(200, r.statusCode(), r.body());
        return TestApp.json(r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void notesAreAddedListedSearchedAndDeleted() throws Exception {
        JsonNode first = note("entity", "kim_jong_un", "Check the Vladivostok trip dates against the Kremlin readout.");
        assertEquals("Ana Lyst", first.get("analyst").asText());
        assertEquals("kim_jong_un", first.get("target").get("key").asText());
        JsonNode second = note("entity", "kim_jong_un", "Second thought: the train left on the 10th.");
        JsonNode onRelation = note("relation", "kim_jong_un|MET|vladimir_putin", "Both sides confirm this meeting.");
        String article = TestApp.json(app.get("/api/articles")).get("articles").get(0).get("id").asText();
        JsonNode onArticle = note("article", article, "A wire story: outlet credits TASS.");

        JsonNode kim = list("?target=" + enc("entity:kim_jong_un"));
        assertEquals(List.of(second.get("id").asText(), first.get("id").asText()), ids(kim), "the entity's notes, newest first");
        assertEquals("Kim Jong-un", kim.get("notes").get(0).get("label").asText(), "each with its target's name");
        JsonNode met = list("?target=" + enc("relation:kim_jong_un|MET|vladimir_putin"));
        assertEquals(List.of(onRelation.get("id").asText()), ids(met));
        assertTrue(met.get("notes").get(0).get("label").asText().contains("met"), met.toString());
        assertEquals(List.of(onArticle.get("id").asText()), ids(list("?target=" + enc("article:" + article))));
        assertEquals(List.of(first.get("id").asText()), ids(list("?q=VLADIVOSTOK")), "search ignores case");
        assertEquals(List.of(onArticle.get("id").asText()), ids(list("?q=tass")));
        assertTrue(ids(list("?q=ana%20lyst")).containsAll(ids(kim)), "search finds the analyst's name");
        assertTrue(ids(list("")).containsAll(List.of(first.get("id").asText(), onRelation.get("id").asText(), onArticle.get("id").asText())));

        for (JsonNode n : List.of(first, second, onRelation, onArticle)) {
            HttpResponse<String> gone = delete("/api/notes/" + n.get("id").asText());
            assertEquals(200, gone.statusCode(), gone.body());
        }
        assertEquals(List.of(), ids(list("?target=" + enc("entity:kim_jong_un"))));
        assertTrue(Files.readString(notesLog()).contains("\"op\":\"delete\""), "a deletion is a tombstone line");
        assertTrue(Files.readString(notesLog()).contains(first.get("text").asText()), "the note's line stays: the log only grows");
        bad(404, delete("/api/notes/" + first.get("id").asText()));
    }

    @Test
    void aNoteFollowsItsEntityIntoAMergeAndBackOnUndo() throws Exception {
        JsonNode n = note("entity", "soviet_union", "Which treaty year does the 1961 claim refer to?");
        long rev = TestApp.json(app.get("/api/entities/soviet_union")).get("rev").asLong();
        JsonNode merge = ok(app.postJson("/api/entities/soviet_union/merge", "{\"into\": \"russia\", \"rev\": " + rev + "}",
                ANALYST));
        try {
            JsonNode russia = list("?target=" + enc("entity:russia"));
            assertTrue(ids(russia).contains(n.get("id").asText()), "listed with the entity it went into: " + russia);
            JsonNode mine = list("?q=" + enc("treaty year"));
            assertEquals("Russia", mine.get("notes").get(0).get("label").asText(), "named as the entity it went into");
            assertEquals("soviet_union", mine.get("notes").get(0).get("target").get("key").asText(), "its key stays what was noted");
        } finally {
            ok(app.postJson("/api/curation/" + merge.get("decision").asText() + "/undo", "{}", ANALYST));
        }
        assertEquals(List.of(n.get("id").asText()), ids(list("?target=" + enc("entity:soviet_union"))), "back on undo");
        assertEquals("Soviet Union", list("?target=" + enc("entity:soviet_union")).get("notes").get(0).get("label").asText());
        assertEquals(200, delete("/api/notes/" + n.get("id").asText()).statusCode());
    }

    @Test
    void badInputIsAnswered4xxAndWritesNothing() throws Exception {
        long before = Files.exists(notesLog()) ? Files.size(notesLog()) : 0;
        String entity = "{\"target\": {\"kind\": \"entity\", \"key\": \"kim_jong_un\"}, ";
        bad(400, app.postJson("/api/notes", entity + "\"text\": \"   \"}", ANALYST));
        bad(400, app.postJson("/api/notes", entity + "\"text\": \"" + "x".repeat(5001) + "\"}", ANALYST));
        bad(400, app.postJson("/api/notes", entity + "\"text\": 12}", ANALYST));
        bad(400, app.postJson("/api/notes", "{\"target\": {\"kind\": \"claim\", \"key\": \"x\"}, \"text\": \"t\"}", ANALYST));
        bad(400, app.postJson("/api/notes", "{\"target\": {\"kind\": \"entity\", \"key\": \"Kim Jong-un\"}, \"text\": \"t\"}", ANALYST));
        bad(400, app.postJson("/api/notes", "{\"target\": {\"kind\": \"relation\", \"key\": \"kim_jong_un|met|russia\"}, \"text\": \"t\"}", ANALYST));
        bad(400, app.postJson("/api/notes", "{\"text\": \"no target\"}", ANALYST));
        bad(400, app.postJson("/api/notes", "[1, 2]", ANALYST));
        bad(400, app.get("/api/notes?target=kim_jong_un"));
        bad(400, app.get("/api/notes?target=person:kim_jong_un"));
        bad(400, app.get("/api/notes?limit=0"));
        bad(400, delete("/api/notes/not-a-note-id"));
        bad(400, app.postJson("/api/views", "{\"name\": \"" + "v".repeat(201) + "\", \"link\": \"#focus=russia\"}", ANALYST));
        bad(400, app.postJson("/api/views", "{\"name\": \"ok\", \"link\": \"javascript:alert(1)\"}", ANALYST));
        bad(400, app.postJson("/api/views", "{\"name\": \"ok\"}", ANALYST));
        bad(404, delete("/api/views/" + enc("no such view")));
        assertEquals(before, Files.exists(notesLog()) ? Files.size(notesLog()) : 0, "nothing logged for bad input");
    }

    @Test
    void aNoteWhoseLineCannotBeWrittenNeverReachesTheGraph() throws Exception {
        note("entity", "russia", "makes sure the log file exists");
        Path aside = notesLog().resolveSibling("notes.jsonl.aside");
        Files.move(notesLog(), aside);
        Files.createDirectories(notesLog()); // a directory where the file was: the append fails, as on a full disk
        try {
            HttpResponse<String> r = app.postJson("/api/notes",
                    "{\"target\": {\"kind\": \"entity\", \"key\": \"russia\"}, \"text\": \"never written\"}", ANALYST);
            assertEquals(500, r.statusCode(), r.body());
        } finally {
            Files.delete(notesLog());
            Files.move(aside, notesLog());
        }
        JsonNode russia = list("?target=entity:russia");
        assertFalse(russia.toString().contains("never written"), "no note reached the graph without its line");
        for (String id : ids(russia)) {
            assertEquals(200, delete("/api/notes/" + id).statusCode());
        }
    }

    @Test
    void viewsAreSavedReplacedListedAndRemoved() throws Exception {
        JsonNode v = ok(app.postJson("/api/views", "{\"name\": \"Korea and Russia\", \"link\": \"#focus=north_korea\"}", ANALYST));
        assertEquals("Ana Lyst", v.get("analyst").asText());
        assertTrue(Files.readString(viewsLog()).contains("#focus=north_korea"), "the line is logged when the answer comes");
        ok(app.postJson("/api/views", "{\"name\": \"Korea and Russia\", \"link\": \"#focus=russia\"}", ANALYST));
        JsonNode views = TestApp.json(app.get("/api/views")).get("views");
        List<String> links = new ArrayList<>();
        views.forEach(x -> {
            if (x.get("name").asText().equals("Korea and Russia")) {
                links.add(x.get("link").asText());
            }
        });
        assertEquals(List.of("#focus=russia"), links, "saved again under its name: replaced");
        assertEquals(200, delete("/api/views/" + enc("Korea and Russia")).statusCode());
        assertFalse(app.get("/api/views").body().contains("Korea and Russia"));
        bad(404, delete("/api/views/" + enc("Korea and Russia")));
    }

    @Test
    void notesGoWithTheJsonExportOnlyWithInternalFields() throws Exception {
        JsonNode n = note("relation", "kim_jong_un|MET|vladimir_putin", "Exported with the edge.");
        JsonNode e = note("entity", "vladimir_putin", "Exported with the entity.");
        try {
            String body = "{\"format\": \"json\", \"entities\": [\"kim_jong_un\", \"vladimir_putin\"], \"internal\": %s}";
            JsonNode internal = TestApp.JSON.readTree(app.postForBytes("/api/export", body.formatted("true")).body());
            List<String> exported = new ArrayList<>();
            internal.get("notes").forEach(x -> exported.add(x.get("id").asText()));
            assertTrue(exported.containsAll(List.of(n.get("id").asText(), e.get("id").asText())), internal.get("notes").toString());
            JsonNode plain = TestApp.JSON.readTree(app.postForBytes("/api/export", body.formatted("false")).body());
            assertFalse(plain.has("notes"), "who wrote what is analyst data: internal fields only");
            String cypher = new String(app.postForBytes("/api/export", "{\"format\": \"cypher\", \"entities\": [\"kim_jong_un\","
                    + " \"vladimir_putin\"], \"internal\": true}").body(), StandardCharsets.UTF_8);
            assertTrue(cypher.contains("MERGE (n:Note {id: '" + n.get("id").asText() + "'})"), cypher.lines().filter(l -> l.contains("Note")).toList().toString());
        } finally {
            delete("/api/notes/" + n.get("id").asText());
            delete("/api/notes/" + e.get("id").asText());
        }
    }
}
