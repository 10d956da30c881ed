package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.newsgraph.TestApp;

/** Multipart uploads of named files to POST /api/articles, as the page sends them, and their JSON answers. */
final class Uploads {
    record Part(String name, byte[] content) {
        static Part text(String name, String text) {
            return new Part(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Uploads() {
    }

    /** The request uploading {@code parts} (a long timeout: a bulk upload takes its time, the waits are the tests'). */
    static HttpRequest request(TestApp app, List<Part> parts) throws Exception {
        String boundary = "----upload" + System.nanoTime();
        return HttpRequest.newBuilder(URI.create(app.url("/api/articles"))).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Requested-With", "newsgraph")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, parts))).build();
    }

    /** A multipart/form-data body of {@code parts}, each a field {@code files} with its file name. */
    static byte[] multipart(String boundary, List<Part> parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + p.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(p.content());
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Uploads {@code parts} and answers the finished job; fails unless the answer is a 2xx JSON job. */
    static JsonNode upload(TestApp app, Part... parts) throws Exception {
        return ok(app.send(request(app, List.of(parts))));
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        return TestApp.JSON.readTree(r.body());
    }

    /** The job's item for a file or address. */
    static JsonNode item(JsonNode job, String source) {
        for (JsonNode i : job.get("items")) {
            if (i.get("source").asText().equals(source)) {
                return i;
            }
        }
        throw new AssertionError("no item " + source + " in " + job);
    }

    /** The job once it is done or failed, asked every quarter second for up to two minutes (a busy machine). */
    static JsonNode awaitJob(TestApp app, JsonNode job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos(); // a hang guard: the job's state is the event
        while (!List.of("done", "failed").contains(job.get("state").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            job = ok(app.get("/api/imports/" + job.get("id").asText()));
        }
        return job;
    }

    static void remove(TestApp app, String id) throws Exception {
        app.send(HttpRequest.newBuilder(URI.create(app.url("/api/articles/" + id))).DELETE().build());
    }
}
