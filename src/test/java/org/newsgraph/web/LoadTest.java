package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.app.Application;
import org.newsgraph.db.DbSettings;

/**
 * Load: 64 clients for 60 s (-Dnewsgraph.load.seconds) mixing search, neighbours, evidence and console reads
 * against the seed graph, while a runaway console query is started again and again. No errors, no 5xx; the
 * figures (requests/s, p50/p99 per endpoint) are printed. Runs with {@code mvn -B verify -Pload}.
 */
@Tag("load")
class LoadTest {
    @TempDir
    Path dir;
    static final ObjectMapper JSON = new ObjectMapper();
    static final int CLIENTS = 64;
    static final String RUNAWAY = "{\"query\": \"UNWIND range(1, 10000000000) AS x WITH x WHERE x = -1 RETURN x\"}";

    @Test
    void sixtyFourClientsForAMinute() throws Exception {
        int seconds = Integer.getInteger("newsgraph.load.seconds", 60);
        try (Application app = Application.start(DbSettings.embedded(dir), TestPaths.importDir(), TestPaths.web(), "127.0.0.1", 0, s -> { })) {
            String base = "http://127.0.0.1:" + app.port();
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
            JsonNode graph = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/graph")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            List<String> ids = new ArrayList<>();
            graph.get("nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
            List<JsonNode> edges = new ArrayList<>();
            graph.get("edges").forEach(e -> edges.add(e.get("data")));
            List<String> names = List.of("Putin", "Kim", "Lawrow", "Schoigu", "Pjöngjang", "China", "Russland", "Choe", "Xi", "Seoul");

            Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger serverErrors = new AtomicInteger();
            List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
            AtomicInteger runaways = new AtomicInteger();
            AtomicInteger runawaysStopped = new AtomicInteger();
            clients.submit(() -> { // the runaway: started again as soon as it has been stopped
                while (System.nanoTime() < end) {
                    try {
                        runaways.incrementAndGet();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/query"))
                                .POST(HttpRequest.BodyPublishers.ofString(RUNAWAY)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 408) {
                            runawaysStopped.incrementAndGet();
                        }
                    } catch (Exception e) {
                        return null;
                    }
                }
                return null;
            });
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c);
                clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        int pick = random.nextInt(4);
                        String endpoint;
                        HttpRequest request;
                        if (pick == 0) {
                            endpoint = "search";
                            request = get(base + "/api/search?q=" + URLEncoder.encode(names.get(random.nextInt(names.size())), StandardCharsets.UTF_8));
                        } else if (pick == 1) {
                            endpoint = "neighbours";
                            request = get(base + "/api/entities/" + ids.get(random.nextInt(ids.size())) + "/neighbours");
                        } else if (pick == 2) {
                            endpoint = "evidence";
                            JsonNode e = edges.get(random.nextInt(edges.size()));
                            request = get(base + "/api/evidence?source=" + e.get("source").asText() + "&type=" + e.get("type").asText()
                                    + "&target=" + e.get("target").asText());
                        } else {
                            endpoint = "console";
                            request = HttpRequest.newBuilder(URI.create(base + "/api/query")).POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"query\": \"MATCH (e:Entity {id: $id})--(n:Entity) RETURN n.name AS name LIMIT 20\", \"params\": {\"id\": \""
                                            + ids.get(random.nextInt(ids.size())) + "\"}}")).build();
                        }
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                            }
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                                errorSamples.add(endpoint + " " + r.statusCode() + " " + r.body());
                                continue;
                            }
                        } catch (Exception ex) {
                            errors.incrementAndGet();
                            errorSamples.add(endpoint + " " + ex);
                            continue;
                        }
                        latencies.computeIfAbsent(endpoint, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t0);
                    }
                    return null;
                });
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS), "clients finished");

            long total = latencies.values().stream().mapToLong(List::size).sum();
            System.out.printf("load: %d clients, %d s, %d requests, %.0f requests/s, %d errors, %d 5xx; runaway console query"
                    + " started %d times, stopped by the timeout %d times%n", CLIENTS, seconds, total, (double) total / seconds,
                    errors.get(), serverErrors.get(), runaways.get(), runawaysStopped.get());
            for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
                List<Long> l = new ArrayList<>(e.getValue());
                Collections.sort(l);
                System.out.printf("  %-10s %6d requests  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", e.getKey(), l.size(),
                        l.get(l.size() / 2) / 1e6, l.get((int) (l.size() * 0.99)) / 1e6, l.get(l.size() - 1) / 1e6);
            }
            assertEquals(0, serverErrors.get(), "no 5xx: " + errorSamples.stream().limit(5).toList());
            assertEquals(0, errors.get(), "no errors: " + errorSamples.stream().limit(5).toList());
            assertTrue(runawaysStopped.get() >= 1, "the runaway query was stopped by its timeout");
            assertEquals(4, latencies.size(), "every endpoint answered");
        }
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).build();
    }
}
