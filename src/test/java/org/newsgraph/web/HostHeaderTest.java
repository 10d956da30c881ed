package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;

/**
 * Security round 3, finding 2: DNS rebinding. A page on evil.example whose name now resolves to 127.0.0.1 sends
 * writes with {@code Host: evil.example:PORT} and a matching {@code Origin}; they renamed an entity. Sent here as raw
 * HTTP (Java's client will not set Host), next to the same request with this server's own name as the control.
 */
@ResourceLock(TestApp.REVIEW_LOCK)
class HostHeaderTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();

    record Raw(int status, String body) {
    }

    // an entity the other review classes leave alone: the control write below moves its revision
    @Test
    void aWriteWithAForeignHostIsRefusedAndChangesNothing() throws Exception {
        JsonNode ukraine = TestApp.json(app.get("/api/entities/ukraine"));
        String rename = "{\"name\": \"Rebound\", \"rev\": " + ukraine.get("rev").asLong() + "}";
        for (String host : List.of("evil.example", "evil.example.", "127.0.0.1.evil.example", "localhost.evil.example")) {
            Raw r = send("PATCH", "/api/entities/ukraine", host + ":" + app.port(), rename);
            assertEquals(403, r.status(), host + ": " + r.body());
            assertEquals("unknown host", TestApp.JSON.readTree(r.body()).get("error").asText());
        }
        String foreign = "evil.example:" + app.port();
        assertEquals(403, send("POST", "/api/articles", foreign, "{\"text\": \"Putin traf Kim in Moskau.\"}").status());
        assertEquals(403, send("POST", "/api/imports", foreign, "{\"urls\": [\"http://127.0.0.1:1/\"]}").status());
        assertEquals(403, send("POST", "/api/entities/ukraine/split", foreign, "{\"alias\": \"Ukrainer\"}").status());
        assertEquals(403, send("GET", "/api/graph", foreign, null).status(), "reads too: the graph is not shown to it");
        assertEquals(403, send("GET", "/", foreign, null).status(), "nor the page");
        assertEquals("Ukraine", TestApp.json(app.get("/api/entities/ukraine")).get("name").asText(), "nothing changed");

        // the control: the same write addressed to this server's own name goes through (and is undone)
        Raw own = send("PATCH", "/api/entities/ukraine", "127.0.0.1:" + app.port(), rename);
        assertEquals(200, own.status(), own.body());
        assertEquals("Rebound", TestApp.json(app.get("/api/entities/ukraine")).get("name").asText());
        String decision = TestApp.JSON.readTree(own.body()).get("decision").asText();
        Raw undo = send("POST", "/api/curation/" + decision + "/undo", "localhost:" + app.port(), "{}");
        assertEquals(200, undo.status(), undo.body());
        assertEquals("Ukraine", TestApp.json(app.get("/api/entities/ukraine")).get("name").asText());
    }

    @Test
    void theLoopbackNamesAreAnswered() throws Exception {
        for (String host : List.of("127.0.0.1", "localhost", "LOCALHOST", "[::1]", "[0:0:0:0:0:0:0:1]")) {
            assertEquals(200, send("GET", "/api/health", host + ":" + app.port(), null).status(), host);
        }
        JsonNode health = TestApp.json(app.get("/api/health"));
        assertEquals("embedded", health.get("database").asText(), "the Bolt port is no longer shown: " + health);
        assertFalse(health.toString().contains("bolt"), health.toString());
    }

    @Test
    void publicUrlsAddTheirHostNames() {
        HostGuard g = HostGuard.of("127.0.0.1", List.of("https://Graph.Example.org/newsgraph/", "http://10.0.0.5:8080"));
        assertTrue(g.names().containsAll(List.of("graph.example.org", "10.0.0.5", "localhost", "127.0.0.1", "::1")), g.names().toString());
        assertFalse(g.names().contains("evil.example"));
        assertEquals("::1", HostGuard.nameOf("[0:0:0:0:0:0:0:1]:7070"));
        assertEquals("graph.example.org", HostGuard.nameOf("Graph.Example.org.:443"));
        assertThrows(IllegalArgumentException.class, () -> HostGuard.of("127.0.0.1", List.of("javascript:alert(1)")));
        assertThrows(IllegalArgumentException.class, () -> HostGuard.of("127.0.0.1", List.of("not a url")));
    }

    /** One HTTP/1.1 request on a fresh socket, with the page's write headers and {@code Origin} matching {@code host}. */
    static Raw send(String method, String path, String host, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                + "Origin: http://" + host + "\r\nX-Requested-With: newsgraph\r\nX-Analyst: Mallory\r\nConnection: close\r\n");
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(60_000);
            s.getOutputStream().write(head.toString().getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(body);
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(all.substring(9, 12));
            int split = all.indexOf("\r\n\r\n");
            String rest = split < 0 ? "" : all.substring(split + 4);
            return new Raw(status, all.contains("Transfer-Encoding: chunked") ? unchunk(rest) : rest);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < chunked.length()) {
            int eol = chunked.indexOf("\r\n", i);
            int size = Integer.parseInt(chunked.substring(i, eol).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, eol + 2, eol + 2 + size);
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }
}
