package org.newsgraph.web;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The JSON answers of the read endpoints, kept until the store changes: what an analyst clicks again and again (the
 * hubs of the first view, their details) is answered from memory instead of read again. An answer is kept under the
 * store's write count at the time it was asked ({@link org.newsgraph.db.Neo4jConnection#generation()}), so any
 * import, curation or console write makes every kept answer stale at once. Writers this server does not see (another
 * server on the same Neo4j) are caught by the age limit. At most {@code maxBytes} are kept, the least recently read
 * dropped first; several requests for one answer that is not kept wait for one reading of it.
 */
final class AnswerCache {
    /** Kept answers in MB: the system property {@code newsgraph.answerCacheMb}; 0 turns the cache off. */
    static final long DEFAULT_MB = Long.getLong("newsgraph.answerCacheMb", 64);
    private static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(5);

    private record Kept(byte[] json, long generation, long born) {
    }

    private final LongSupplier generation;
    private final long maxBytes;
    private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>(256, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<byte[]>> reading = new ConcurrentHashMap<>();
    private long bytes;

    AnswerCache(LongSupplier generation, long maxBytes) {
        this.generation = generation;
        this.maxBytes = maxBytes;
    }

    /** Answers the request with the kept JSON of its path and query, or with {@code answer}'s, then kept. */
    void json(Context ctx, Supplier<Object> answer) {
        byte[] json = get(key(ctx), () -> ctx.jsonMapper().toJsonString(answer.get(), Object.class).getBytes(StandardCharsets.UTF_8));
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }

    /** The request's path and its non-empty parameters in name order: {@code ?limit=50&types=} is {@code ?limit=50}. */
    static String key(Context ctx) {
        StringBuilder key = new StringBuilder(ctx.path()).append('?');
        new TreeMap<>(ctx.queryParamMap()).forEach((name, values) -> values.stream().filter(v -> !v.isEmpty())
                .forEach(v -> key.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&')));
        return key.toString();
    }

    byte[] get(String key, Supplier<byte[]> read) {
        if (maxBytes <= 0) {
            return read.get();
        }
        long gen = generation.getAsLong();
        byte[] json = lookUp(key, gen);
        if (json != null) {
            return json;
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        String reader = key + '#' + gen;
        CompletableFuture<byte[]> running = reading.putIfAbsent(reader, mine);
        if (running != null) {
            return await(running);
        }
        try {
            json = read.get();
            mine.complete(json);
            keep(key, new Kept(json, gen, System.nanoTime()));
            return json;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            reading.remove(reader, mine);
        }
    }

    private synchronized byte[] lookUp(String key, long gen) {
        Kept k = kept.get(key);
        if (k == null) {
            return null;
        }
        if (k.generation == gen && System.nanoTime() - k.born < MAX_AGE_NANOS) {
            return k.json;
        }
        drop(key);
        return null;
    }

    private synchronized void keep(String key, Kept k) {
        if (k.json.length > maxBytes / 8 || k.generation != generation.getAsLong()) {
            return; // too large to be worth a slot, or already stale
        }
        drop(key);
        kept.put(key, k);
        bytes += k.json.length;
        for (Iterator<Map.Entry<String, Kept>> it = kept.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().getValue().json.length;
            it.remove();
        }
    }

    private void drop(String key) {
        Kept old = kept.remove(key);
        if (old != null) {
            bytes -= old.json.length;
        }
    }

    private static byte[] await(CompletableFuture<byte[]> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
