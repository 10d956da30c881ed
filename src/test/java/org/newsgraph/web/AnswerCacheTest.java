package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Problem;

/** The kept answers: read once per store state, stale after any write, bounded, one reading for many askers. */
class AnswerCacheTest {
    final AtomicLong generation = new AtomicLong();
    final AtomicInteger reads = new AtomicInteger();

    byte[] read(String text) {
        reads.incrementAndGet();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anAnswerIsReadOnceUntilTheStoreChanges() {
        AnswerCache cache = new AnswerCache(generation::get, 1 << 20);
        byte[] first = cache.get("/api/graph?", () -> read("a"));
        assertSame(first, cache.get("/api/graph?", () -> read("b")));
        assertEquals(1, reads.get());
        generation.incrementAndGet(); // an import, a curation decision, a console write
        assertArrayEquals("c".getBytes(StandardCharsets.UTF_8), cache.get("/api/graph?", () -> read("c")));
        assertEquals(2, reads.get());
        cache.get("/api/graph?limit=5", () -> read("d"));
        assertEquals(3, reads.get(), "another query is another answer");
    }

    @Test
    void offMeansEveryRequestReads() {
        AnswerCache cache = new AnswerCache(generation::get, 0);
        cache.get("k", () -> read("a"));
        cache.get("k", () -> read("a"));
        assertEquals(2, reads.get());
    }

    @Test
    void theLeastRecentlyReadGoFirstWhenTheBudgetIsFull() {
        AnswerCache cache = new AnswerCache(generation::get, 800); // answers above 100 bytes are not kept
        String hundred = "x".repeat(100);
        for (int i = 0; i < 8; i++) {
            cache.get("k" + i, () -> read(hundred));
        }
        cache.get("k0", () -> read(hundred)); // k0 is now the most recent
        cache.get("k8", () -> read(hundred)); // over budget: k1 goes
        int before = reads.get();
        cache.get("k0", () -> read(hundred));
        assertEquals(before, reads.get(), "k0 was kept");
        cache.get("k1", () -> read(hundred));
        assertEquals(before + 1, reads.get(), "k1 was dropped");
        cache.get("big", () -> read("y".repeat(101)));
        cache.get("big", () -> read("y".repeat(101)));
        assertEquals(before + 3, reads.get(), "an answer above an eighth of the budget is never kept");
    }

    @Test
    void manyAskersOfOneAnswerWaitForOneReading() throws Exception {
        AnswerCache cache = new AnswerCache(generation::get, 1 << 20);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("hub", () -> {
                started.countDown();
                await(release);
                return read("slow");
            })));
            started.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get("hub", () -> read("again"))));
            }
            Thread.sleep(200); // the seven are waiting for the first reading
            release.countDown();
            for (Future<byte[]> f : answers) {
                assertEquals("slow", new String(f.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
            }
            assertEquals(1, reads.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedReadingIsNotKeptAndReachesEveryAsker() {
        AnswerCache cache = new AnswerCache(generation::get, 1 << 20);
        Problem missing = Problem.notFound("no entity x");
        assertSame(missing, assertThrows(Problem.class, () -> cache.get("x", () -> {
            throw missing;
        })));
        assertEquals("ok", new String(cache.get("x", () -> read("ok")), StandardCharsets.UTF_8));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
