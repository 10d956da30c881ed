package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.db.RunFile;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.model.Problem;

/**
 * {@code import} beside a running server: the articles read here (with their sidecars' metadata) go to the server's
 * API one by one, and URLs and feeds as its background jobs, so its page and kept answers see them at once and the
 * store's lock is never contended. The access token, when the server has one, comes from NEWSGRAPH_TOKEN.
 */
final class ServerImport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunFile server;
    private final String token;
    private final Progress progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private int imported;
    private int skipped;

    ServerImport(RunFile server, String token, Progress progress) {
        this.server = server;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.progress = progress;
    }

    /** Sends the articles, then each URL job and feed job; returns the exit code (0 all imported, 3 some skipped). */
    int send(List<SourceArticle> articles, List<String> urls, List<String> feeds) throws IOException, InterruptedException {
        for (int i = 0; i < articles.size(); i++) {
            SourceArticle a = articles.get(i);
            progress.accept("sending " + a.file() + " to the server (" + (i + 1) + "/" + articles.size() + ")");
            report(post("/api/articles", paste(a)));
        }
        if (!urls.isEmpty()) {
            report(awaitJob(post("/api/imports", Map.of("urls", urls))));
        }
        for (String feed : feeds) {
            report(awaitJob(post("/api/imports", Map.of("feed", feed))));
        }
        System.out.println(plural(imported, "article") + " imported through the server at " + server.http() + " (pid "
                + server.pid() + "), " + skipped + " skipped: its page shows them now");
        return skipped == 0 ? 0 : 3;
    }

    private static Map<String, Object> paste(SourceArticle a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", a.file().substring(a.file().lastIndexOf('/') + 1));
        body.put("text", a.text());
        body.put("title", a.meta().title());
        body.put("outlet", a.meta().outlet());
        body.put("published", a.meta().published());
        body.put("url", a.meta().url());
        body.put("language", a.language() == null ? a.meta().language() : a.language().name());
        body.put("author", a.meta().author());
        return body;
    }

    /** Each item of a finished job: the article it became, or why it was skipped (once, with its reason). */
    private void report(JsonNode job) {
        if ("failed".equals(job.path("state").asText())) {
            throw new Problem(Problem.Kind.CONFLICT, "import failed", job.path("summary").asText("the server's job failed"));
        }
        for (JsonNode item : job.path("items")) {
            if (item.hasNonNull("article")) {
                imported++;
                progress.detail(item.path("source").asText() + " → " + item.path("article").asText());
            } else {
                skipped++;
                progress.warn("skipped " + item.path("source").asText() + ": " + item.path("skipped").asText());
            }
        }
    }

    /** Polls a background job until it is done or failed, saying how far it is. */
    private JsonNode awaitJob(JsonNode job) throws IOException, InterruptedException {
        String last = "";
        while (!List.of("done", "failed").contains(job.path("state").asText())) {
            String now = job.path("state").asText() + " " + job.path("done").asInt() + "/" + job.path("total").asInt();
            if (!now.equals(last)) {
                progress.accept("server job " + job.path("id").asText() + ": " + now);
                last = now;
            }
            Thread.sleep(250);
            job = answer(http.send(request("/api/imports/" + job.path("id").asText()).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return job;
    }

    private JsonNode post(String path, Object body) throws IOException, InterruptedException {
        HttpRequest r = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return answer(http.send(r, HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.http().replaceAll("/+$", "") + path))
                .timeout(Duration.ofMinutes(30)); // a hang guard: a large article imports for minutes
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** The answer's JSON; the server's error as a {@link Problem} of the kind it was raised as (exit 4 refused, 2 bad input, 5 limit). */
    private static JsonNode answer(HttpResponse<String> r) throws IOException {
        JsonNode body = JSON.readTree(r.body());
        if (r.statusCode() / 100 == 2) {
            return body;
        }
        String detail = body.path("error").asText("error") + ": " + body.path("detail").asText(r.body());
        throw new Problem(org.newsgraph.web.ErrorAnswers.kindOf(r.statusCode()), "the server answered " + r.statusCode(), detail + (r.statusCode() == 401
                ? " (set NEWSGRAPH_TOKEN to the server's access token)" : ""));
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
