package org.newsgraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Latency of the API under N concurrent clients: requests/s, p50, p99 and the largest answer per endpoint. Entity
 * samples come twice: random connected entities, and the best-connected ones ("-hubs": what the first view shows
 * and analysts click), whose answers are the heavy ones.
 */
public final class ApiBench {
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ApiBench(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Figures(String endpoint, int clients, long requests, double perSecond, double p50, double p99, int errors,
                          long maxBytes) {
        public String row() {
            return String.format("| %s | %d | %.0f | %.1f | %.1f | %d | %.0f |", endpoint, clients, perSecond, p50, p99, errors,
                    maxBytes / 1024.0);
        }
    }

    /** The table's head, matching {@link Figures#row()}. */
    public static final String HEAD = "| endpoint | clients | requests/s | p50 ms | p99 ms | errors | largest answer KB |\n"
            + "|---|---|---|---|---|---|---|";

    /**
     * The samples requests are drawn from: connected entity ids, the best-connected ones, edges (source|TYPE|target),
     * names to search.
     */
    public record Samples(List<String> entities, List<String> hubs, List<String[]> edges, List<String> names) {
    }

    static final String CONSOLE = "{\"query\": \"MATCH (e:Entity {id: $id})-[r]-(n:Entity) RETURN n.name AS name, type(r) AS rel"
            + " LIMIT 25\", \"params\": {\"id\": \"%s\"}}";

    /** One request of the endpoint, drawn with {@code random}. */
    public Function<Random, HttpRequest> endpoint(String name, Samples s) {
        return switch (name) {
            case "search" -> r -> get("/api/search?q=" + URLEncoder.encode(pick(r, s.names()), StandardCharsets.UTF_8));
            case "neighbours" -> r -> get("/api/entities/" + pick(r, s.entities()) + "/neighbours");
            case "neighbours-hubs" -> r -> get("/api/entities/" + pick(r, s.hubs()) + "/neighbours");
            case "entity-hubs" -> r -> get("/api/entities/" + pick(r, s.hubs()));
            case "evidence" -> r -> {
                String[] e = s.edges().get(r.nextInt(s.edges().size()));
                return get("/api/evidence?source=" + e[0] + "&type=" + e[1] + "&target=" + e[2]);
            };
            case "path" -> r -> get("/api/path?from=" + pick(r, s.entities()) + "&to=" + pick(r, s.entities()) + "&maxHops=4");
            case "console" -> r -> HttpRequest.newBuilder(URI.create(base + "/api/query")).timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(CONSOLE.formatted(pick(r, s.entities())))).build();
            default -> throw new IllegalArgumentException("unknown endpoint " + name);
        };
    }

    public Figures run(String name, Function<Random, HttpRequest> request, int clients, int seconds) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong maxBytes = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        long end = warm + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(c * 7919L + name.hashCode());
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request.apply(random), HttpResponse.BodyHandlers.ofByteArray());
                        maxBytes.accumulateAndGet(r.body().length, Math::max);
                        // 404 "no path" is an answer, not an error
                        if (r.statusCode() != 200 && r.statusCode() != 404) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, r.statusCode() + " " + r.uri());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                    if (t0 > warm) {
                        latencies.add(System.nanoTime() - t0);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        if (firstError.get() != null) {
            System.err.println(name + " at " + clients + " clients: first error " + firstError.get());
        }
        List<Long> l = new ArrayList<>(latencies);
        Collections.sort(l);
        if (l.isEmpty()) {
            return new Figures(name, clients, 0, 0, Double.NaN, Double.NaN, errors.get(), maxBytes.get());
        }
        return new Figures(name, clients, l.size(), (double) l.size() / seconds, l.get(l.size() / 2) / 1e6,
                l.get(Math.min(l.size() - 1, (int) (l.size() * 0.99))) / 1e6, errors.get(), maxBytes.get());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build();
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
