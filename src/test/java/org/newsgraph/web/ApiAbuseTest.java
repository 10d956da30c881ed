package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.newsgraph.graph.GraphChecksum;

/** Malformed API requests: each gets its 4xx with a JSON {error, detail}; never a 5xx, never a stack trace. */
class ApiAbuseTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();

    record Call(int status, String method, String path, byte[] body) {
    }

    static Call get(int status, String path) {
        return new Call(status, "GET", path, null);
    }

    static Call post(int status, String path, String body) {
        return new Call(status, "POST", path, body.getBytes(StandardCharsets.UTF_8));
    }

    static List<Call> calls() {
        List<Call> c = new ArrayList<>();
        c.add(get(400, "/api/graph?limit=abc"));
        c.add(get(400, "/api/graph?limit=-5"));
        c.add(get(400, "/api/graph?limit=0"));
        c.add(get(400, "/api/graph?limit=99999999999999999999"));
        c.add(get(400, "/api/graph?limit=1e3"));
        c.add(get(400, "/api/search"));
        c.add(get(400, "/api/search?q=" + "x".repeat(500)));
        c.add(get(400, "/api/search?q=Putin&limit=-1"));
        c.add(get(400, "/api/search?q=Putin&limit=100000"));
        c.add(get(404, "/api/entities/nobody_at_all"));
        c.add(get(400, "/api/entities/Not%20An%20Id"));
        c.add(get(400, "/api/entities/..%2F..%2Fetc%2Fpasswd"));
        c.add(get(404, "/api/entities/nobody_at_all/neighbours"));
        c.add(get(400, "/api/entities/vladimir_putin/neighbours?limit=-3"));
        c.add(get(400, "/api/entities/vladimir_putin/neighbours?types=Planet"));
        c.add(get(400, "/api/evidence?source=vladimir_putin&target=kim_jong_un"));
        c.add(get(400, "/api/evidence?source=vladimir_putin&type=LOVES&target=kim_jong_un"));
        c.add(get(400, "/api/evidence?source=a%27%20OR%201%3D1&type=MET&target=kim_jong_un"));
        c.add(get(400, "/api/path?from=vladimir_putin"));
        c.add(get(404, "/api/path?from=vladimir_putin&to=nobody_at_all"));
        c.add(get(400, "/api/path?from=vladimir_putin&to=china&maxHops=50"));
        c.add(get(404, "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd/edges"));
        c.add(get(404, "/api/articles/nope.txt/edges"));
        c.add(get(400, "/api/articles/" + "a".repeat(400) + "/edges"));
        c.add(get(404, "/api/no-such-endpoint"));
        c.add(get(404, "/lib/..%2F..%2Fpom.xml"));
        c.add(get(404, "/lib/not-a-library.js"));
        c.add(new Call(404, "DELETE", "/api/graph", null));
        c.add(new Call(404, "PUT", "/api/query", "{}".getBytes(StandardCharsets.UTF_8)));
        c.add(post(400, "/api/query", "{\"query\": "));
        c.add(post(400, "/api/query", "{\"query\": [\"MATCH\"]}"));
        c.add(post(400, "/api/query", "{\"query\": \"RETURN 1\", \"params\": \"a=1\"}"));
        c.add(post(400, "/api/query", "null"));
        c.add(post(413, "/api/query", "{\"query\": \"RETURN 1\", \"pad\": \"" + "x".repeat(1_200_000) + "\"}"));
        c.add(post(400, "/api/export", "{\"format\": 7}"));
        c.add(post(400, "/api/export", "{\"format\": \"json\", \"entities\": [1, 2]}"));
        c.add(post(400, "/api/export", "{\"format\": \"docx\", \"entities\": [\"china\"]}"));
        c.add(get(400, "/api/export?format=json&entity=china&hops=abc"));
        c.add(get(400, "/api/export?format=json&entity=china&hops=99999999999"));
        return c;
    }

    @Test
    void everyMalformedRequestGetsItsJson4xx() throws Exception {
        GraphChecksum.Summary before = GraphChecksum.of(app.db());
        List<Call> calls = calls();
        assertTrue(calls.size() >= 30, "at least 30 malformed requests: " + calls.size());
        List<String> wrong = new ArrayList<>();
        for (Call c : calls) {
            HttpResponse<String> r = app.send(HttpRequest.newBuilder(URI.create(app.url(c.path()))).method(c.method(),
                    c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body())).build());
            JsonNode body;
            try {
                body = JSON.readTree(r.body());
            } catch (Exception e) {
                body = null;
            }
            boolean json = body != null && body.path("error").isTextual() && body.path("detail").isTextual();
            if (r.statusCode() != c.status() || !json || r.body().contains("\tat ")) {
                wrong.add(c.method() + " " + c.path().substring(0, Math.min(90, c.path().length())) + " → " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }
        assertTrue(wrong.isEmpty(), "unexpected answers:\n" + String.join("\n", wrong));
        assertEquals(before, GraphChecksum.of(app.db()));
        assertEquals(200, app.get("/api/health").statusCode(), "still serving");
    }
}
