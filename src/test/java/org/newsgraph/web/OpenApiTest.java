package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;

/**
 * /api/openapi.json against the server: every route WebServer registers is described and nothing else is; every
 * operation lists the statuses its guards and inputs can give; real answers of the seed app, good and bad, have a
 * documented status and validate against the documented schema (networknt json-schema-validator, OpenAPI 3.1's
 * JSON Schema 2020-12 dialect). Reads and refused writes only: the shared seed graph is not changed.
 */
class OpenApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());
    private static JsonNode doc;

    @BeforeAll
    static void readDocument() throws Exception {
        HttpResponse<String> r = app.get("/api/openapi.json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        doc = JSON.readTree(r.body());
        assertEquals("3.1.0", doc.get("openapi").asText());
    }

    @Test
    void everyRegisteredRouteIsDescribedAndNoOther() {
        Set<String> registered = new TreeSet<>(app.routes());
        assertTrue(registered.contains("GET /api/health") && registered.contains("POST /api/claims/{id}/review"),
                "the router listing works, and the seed app has the review routes: " + registered);
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }));
        assertEquals(registered, documented, "routes registered vs. operations in /api/openapi.json");
    }

    /**
     * What every route can answer because of the guards in front of it and the inputs it takes; the probes below
     * check what the server really answers.
     */
    @Test
    void everyOperationListsTheStatusesItsGuardsAndInputsGive() {
        forEachOperation((path, method, op) -> {
            Set<String> need = new TreeSet<>(List.of("403", "500")); // unknown host; a failure of our own
            if (path.startsWith("/api/")) {
                need.add("401"); // the token, when one is set
            }
            if (op.has("parameters") && hasInput(op) || op.has("requestBody")) {
                need.add("400");
            }
            if (!method.equals("get")) {
                need.addAll(List.of("400", "403")); // neither JSON nor X-Requested-With; a foreign Origin
            }
            if (op.has("requestBody")) {
                need.add("413");
            }
            if (path.contains("{")) {
                need.add("404");
            }
            Set<String> has = new TreeSet<>();
            op.get("responses").fieldNames().forEachRemaining(has::add);
            assertTrue(has.containsAll(need), method + " " + path + " documents " + has + ", needs " + need);
            assertTrue(op.get("responses").has("200") || op.get("responses").has("201") || op.get("responses").has("202"));
            if (path.startsWith("/api/")) {
                assertFalse(op.has("security") && op.get("security").isEmpty(), method + " " + path + " is behind the token");
            }
        });
        JsonNode upload = doc.at("/paths/~1api~1articles/post");
        assertTrue(upload.at("/requestBody/content").has("multipart/form-data"));
        assertTrue(upload.toString().contains("X-Requested-With"));
        assertEquals("bearer", doc.at("/components/securitySchemes/bearer/scheme").asText());
        for (String code : List.of("400", "401", "403", "404", "408", "409", "413", "422", "429", "503")) {
            assertTrue(doc.toString().contains("\"" + code + "\""), "status " + code + " is described somewhere");
        }
    }

    @Test
    void answersOfTheSeedAppValidate() throws Exception {
        String[][] gets = {
            {"/api/health", "/api/health"}, {"/api/graph?limit=5", "/api/graph"}, {"/api/graph?limit=5&asOf=2020-01-01", "/api/graph"},
            {"/api/relation-types", "/api/relation-types"}, {"/api/search?q=Kim", "/api/search"},
            {"/api/entities/kim_jong_un", "/api/entities/{id}"},
            {"/api/entities/kim_jong_un/neighbours?limit=5&types=Person", "/api/entities/{id}/neighbours"},
            {"/api/entities/kim_jong_un/relations", "/api/entities/{id}/relations"},
            {"/api/entities/kim_jong_un/mentions?limit=5", "/api/entities/{id}/mentions"},
            {"/api/evidence?source=kim_jong_un&type=MET&target=vladimir_putin", "/api/evidence"},
            {"/api/path?from=choe_son_hui&to=china", "/api/path"}, {"/api/articles", "/api/articles"},
            {"/api/queries", "/api/queries"}, {"/api/timeline", "/api/timeline"}, {"/api/digest?since=2020-01-01", "/api/digest"},
            {"/api/digest", "/api/digest"},
            {"/api/quality", "/api/quality"}, {"/api/curation", "/api/curation"},
            {"/api/entities/no_such_entity", "/api/entities/{id}"}, {"/api/graph?limit=abc", "/api/graph"},
            {"/api/path?from=choe_son_hui&to=kim_jong_un&maxHops=1", "/api/path"}, {"/api/imports/no-such-job", "/api/imports/{id}"},
            {"/api/suggestions?ids=kim_jong_un,vladimir_putin,north_korea,russia,china", "/api/suggestions"},
            {"/api/suggestions?ids=kim_jong_un,Not%20An%20Id", "/api/suggestions"},
            {"/api/structure", "/api/structure"}, {"/api/structure?ids=kim_jong_un,vladimir_putin", "/api/structure"},
            {"/api/structure?ids=Not%20An%20Id", "/api/structure"},
            {"/api/sources", "/api/sources"},
            {"/api/paths?from=choe_son_hui&to=china", "/api/paths"},
            {"/api/paths?from=kim_jong_un&to=china&k=3&maxHops=4&types=MET,VISITED&statuses=fact,reported", "/api/paths"},
            {"/api/paths?from=kim_jong_un&to=china&asOf=2023-09-05", "/api/paths"},
            {"/api/paths?from=choe_son_hui&to=china&maxHops=1", "/api/paths"},
            {"/api/paths?from=choe_son_hui&to=nobody_at_all", "/api/paths"},
            {"/api/paths?from=choe_son_hui&to=china&statuses=suggested", "/api/paths"},
        };
        Set<Integer> seen = new TreeSet<>();
        for (String[] g : gets) {
            HttpResponse<String> r = app.get(g[0]);
            check("get", g[1], r.statusCode(), r.body(), g[0]);
            seen.add(r.statusCode());
        }
        HttpResponse<String> edges = app.get("/api/articles/" + articleId() + "/edges");
        check("get", "/api/articles/{id}/edges", edges.statusCode(), edges.body(), "article edges");
        for (String reader : new String[] {articleId(), "no-such-article.txt", "x".repeat(301)}) {
            HttpResponse<String> r = app.get("/api/articles/" + reader);
            check("get", "/api/articles/{id}", r.statusCode(), r.body(), "the article reader of " + reader);
        }
        HttpResponse<String> q = app.postJson("/api/query", "{\"query\":\"MATCH (e:Entity)-[r]->(o) RETURN e.name, r, o LIMIT 3\"}");
        check("post", "/api/query", q.statusCode(), q.body(), "console");
        HttpResponse<String> syntax = app.postJson("/api/query", "{\"query\":\"MATCH (e RETURN e\"}");
        check("post", "/api/query", syntax.statusCode(), syntax.body(), "console syntax error");
        assertTrue(JSON.readTree(syntax.body()).has("position"), syntax.body());
        HttpResponse<String> write = app.postJson("/api/query", "{\"query\":\"CREATE (n:Probe) RETURN n\"}");
        check("post", "/api/query", write.statusCode(), write.body(), "console write");
        HttpResponse<String> backed = app.postJson("/api/sources/edges",
                "{\"edges\": [\"kim_jong_un|MET|vladimir_putin\", \"china|MET|north_korea\"], \"minSources\": 1}");
        check("post", "/api/sources/edges", backed.statusCode(), backed.body(), "source filter");
        assertEquals(200, backed.statusCode(), backed.body());
        HttpResponse<String> badEdge = app.postJson("/api/sources/edges", "{\"edges\": [\"Kim|MET|putin\"]}");
        check("post", "/api/sources/edges", badEdge.statusCode(), badEdge.body(), "source filter, bad relation");
        assertEquals(400, badEdge.statusCode(), badEdge.body());
        assertEquals(Set.of(200, 400, 404), seen);
        assertEquals(Set.of(200, 400, 403), Set.of(q.statusCode(), syntax.statusCode(), write.statusCode()));
    }

    /** Requests every route refuses before its handler runs, or for a bad path id: each status is documented. */
    @Test
    void refusalsOfEveryRouteAreDocumented() throws Exception {
        for (String[] route : operations()) {
            String method = route[0];
            String url = route[1].replace("{id}", "Bad%20Id").replace("{name}", "no-such-lib.js");
            String[] host = raw(method.toUpperCase(Locale.ROOT), url);
            check(method, route[1], Integer.parseInt(host[0]), host[1], "Host: evil.example");
            assertEquals("403", host[0], method + " " + url + " with a foreign Host");
            if (!method.equals("get")) {
                HttpResponse<String> cross = app.send(request(method, url).header("Origin", "http://evil.example")
                        .header("Content-Type", "application/json").build());
                check(method, route[1], cross.statusCode(), cross.body(), "foreign Origin");
                assertEquals(403, cross.statusCode(), method + " " + url + ": " + cross.body());
                HttpResponse<String> form = app.send(request(method, url).header("Content-Type", "text/plain").build());
                check(method, route[1], form.statusCode(), form.body(), "neither JSON nor the header");
                assertEquals(400, form.statusCode(), method + " " + url + ": " + form.body());
            } else if (route[1].contains("{")) {
                HttpResponse<String> bad = app.get(url);
                check(method, route[1], bad.statusCode(), bad.body(), "bad path id");
            } else {
                HttpResponse<String> bare = app.get(url + "?limit=0");
                check(method, route[1], bare.statusCode(), bare.body(), "limit=0, no other parameter");
            }
        }
    }

    @Test
    void theValidatorRejectsWhatTheSchemasForbid() throws Exception {
        assertFalse(errors(responseSchema("get", "/api/health", "200"), JSON.readTree("{\"status\":\"ok\"}")).isEmpty());
        assertFalse(errors(responseSchema("get", "/api/graph", "400"), JSON.readTree("{\"error\":\"x\",\"detail\":1}")).isEmpty());
        assertFalse(errors(responseSchema("get", "/api/graph", "200"), JSON.readTree("{\"nodes\":[{\"data\":{}}],\"edges\":[]}")).isEmpty());
        assertTrue(errors(responseSchema("get", "/api/graph", "200"), JSON.readTree("{\"nodes\":[],\"edges\":[]}")).isEmpty());
    }

    // --- helpers

    /** A JSON answer's status is documented for the operation and its body validates against that response's schema. */
    private static void check(String method, String path, int status, String body, String what) throws Exception {
        JsonNode responses = doc.at("/paths/" + escape(path) + "/" + method + "/responses");
        assertFalse(responses.isMissingNode(), method + " " + path + " is documented");
        assertTrue(responses.has(String.valueOf(status)), what + ": " + method + " " + path + " answered " + status
                + ", not documented: " + body);
        String pointer = responseSchema(method, path, String.valueOf(status));
        if (pointer == null) {
            return; // not JSON (a script, a download)
        }
        List<String> errors = errors(pointer, JSON.readTree(body));
        assertTrue(errors.isEmpty(), what + ": " + method + " " + path + " " + status + " " + errors + "\n" + body);
    }

    /** The JSON Pointer of a response's application/json schema, following a response $ref; null if not JSON. */
    private static String responseSchema(String method, String path, String status) {
        String at = "/paths/" + escape(path) + "/" + method + "/responses/" + status;
        JsonNode response = doc.at(at);
        if (response.has("$ref")) {
            at = response.get("$ref").asText().substring(1);
            response = doc.at(at);
        }
        return response.at("/content/application~1json/schema").isMissingNode() ? null : at + "/content/application~1json/schema";
    }

    /**
     * Validates against one schema inside the document: the whole document is the root (so its {@code
     * #/components/...} references resolve) with a {@code $ref} to the schema wanted.
     */
    private static List<String> errors(String pointer, JsonNode value) {
        ObjectNode root = doc.deepCopy();
        root.put("$ref", "#" + pointer);
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of("https://newsgraph.invalid/openapi.json"), root);
        List<String> out = new ArrayList<>();
        schema.validate(value).forEach(e -> out.add(e.toString()));
        return out;
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static String articleId() throws Exception {
        return JSON.readTree(app.get("/api/articles").body()).get("articles").get(0).get("id").asText();
    }

    private interface OperationCheck {
        void check(String path, String method, JsonNode op);
    }

    private static void forEachOperation(OperationCheck check) {
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> ms = doc.get("paths").get(path).fieldNames(); ms.hasNext(); ) {
                String m = ms.next();
                if (METHODS.contains(m)) {
                    check.check(path, m, doc.get("paths").get(path).get(m));
                }
            }
        }
    }

    private static List<String[]> operations() {
        List<String[]> out = new ArrayList<>();
        forEachOperation((path, method, op) -> out.add(new String[] {method, path}));
        return out;
    }

    /** Query parameters (a path id that matches no pattern is a 404 on some routes, a 400 on others: both listed). */
    private static boolean hasInput(JsonNode op) {
        for (JsonNode p : op.get("parameters")) {
            if ("query".equals(p.get("in").asText())) {
                return true;
            }
        }
        return false;
    }

    private static HttpRequest.Builder request(String method, String path) {
        return HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(60))
                .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString("{}"));
    }

    /** A request with {@code Host: evil.example}, as raw HTTP/1.0 (Java's client will not set Host): status and body. */
    private static String[] raw(String method, String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.0\r\nHost: evil.example\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            if (split < 0) {
                fail("no HTTP answer to " + method + " " + path + ": " + answer);
            }
            return new String[] {answer.substring(9, 12), answer.substring(split + 4)};
        }
    }
}
