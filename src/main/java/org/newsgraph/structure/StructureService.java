package org.newsgraph.structure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.newsgraph.db.Neo4jConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every entity's PageRank, betweenness and community ({@link Measures}) in the store, as node properties the
 * views read like {@code degree}. They are measures of the whole graph, so one changed edge can change them all:
 * instead of in the writer's transaction (as {@code degree}), they are computed again after each change — an import,
 * a removal, a curation decision ({@link #stale()}) — on a thread of their own, changes arriving meanwhile giving one
 * more computation after it. Only the values that changed are written. {@link #status()} says when they were
 * computed and whether a computation is under way.
 */
public final class StructureService implements AutoCloseable {
    /** The node properties this service writes (the graph checksum leaves them out: they follow from the rest). */
    public static final Set<String> PROPERTIES = Set.of("pagerank", "betweenness", "community");
    /** How many communities the status lists (the largest; the page colours the first ten). */
    public static final int LISTED = 20;
    private static final Logger LOG = LoggerFactory.getLogger(StructureService.class);
    private static final int WRITE_BATCH = 10_000;

    private final Neo4jConnection db;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-structure");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY); // requests first: the measures may be a moment late
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Object computing = new Object();
    /** Computations under way (or about to start): the state is "computing" while any is. */
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;
    private volatile Computed last;
    private volatile String failure;

    /** What the last computation found. */
    private record Computed(Instant at, long millis, int entities, int links, double maxPagerank, double maxBetweenness,
                            String betweennessScope, String communityMethod, double modularity, int communityCount,
                            List<Map<String, Object>> communities, int written) {
    }

    /**
     * The measures' state: {@code current}, {@code computing} (a change is being taken in), {@code failed} (the last
     * computation did not finish: {@code error}) or {@code none} (never computed by this server); when they were last
     * computed and in how many milliseconds (read, computed, written); over how many entities and linked pairs; the
     * largest PageRank and betweenness (the page scales node sizes to them); how betweenness and the communities were
     * computed, the communities' modularity and count (of two or more entities) and the {@value #LISTED} largest,
     * each with its size and leading entities; and {@code measures}, those of the entities asked for.
     */
    public record Status(String state, String computedAt, Long millis, int entities, int links, double maxPagerank,
                         double maxBetweenness, String betweenness, String communityMethod, double modularity,
                         int communityCount, List<Map<String, Object>> communities, List<Map<String, Object>> measures,
                         String error) {
    }

    public StructureService(Neo4jConnection db) {
        this.db = db;
    }

    /** The graph changed: the measures are computed again in the background (once for a burst of changes). */
    public void stale() {
        if (!closed && queued.compareAndSet(false, true)) {
            try {
                worker.execute(this::computeQueued);
            } catch (RejectedExecutionException e) { // closing
                queued.set(false);
            }
        }
    }

    private void computeQueued() {
        active.incrementAndGet();
        queued.set(false); // a change from now on asks for one more computation
        try {
            computeNow();
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.warn("the structure measures could not be computed", e);
            }
        } finally {
            active.decrementAndGet();
        }
    }

    /** Computes the measures now, in this thread, and writes those that changed; returns the status after it. */
    public Status computeNow() {
        active.incrementAndGet();
        synchronized (computing) {
            try {
                last = compute();
                failure = null;
                LOG.info("structure of {} entities and {} links computed in {} ms ({} written)", last.entities(), last.links(),
                        last.millis(), last.written());
            } catch (RuntimeException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                throw e;
            } finally {
                active.decrementAndGet();
            }
        }
        return status(List.of());
    }

    private Computed compute() {
        long t0 = System.nanoTime();
        List<Record> entities = db.read(tx -> tx.run(StructureQueries.ENTITIES).list());
        List<Measures.Link> links = db.read(tx -> tx.run(StructureQueries.LINKS).list(r -> new Measures.Link(
                r.get("source").asString(), r.get("target").asString(), r.get("relations").asInt())));
        Map<String, Record> stored = new HashMap<>();
        entities.forEach(r -> stored.put(r.get("id").asString(), r));
        Measures.Result m = Measures.compute(stored.keySet(), links);
        List<Map<String, Object>> rows = new ArrayList<>();
        double maxPagerank = 0;
        double maxBetweenness = 0;
        for (int i = 0; i < m.ids().size(); i++) {
            maxPagerank = Math.max(maxPagerank, m.pagerank()[i]);
            maxBetweenness = Math.max(maxBetweenness, m.betweenness()[i]);
            Record now = stored.get(m.ids().get(i));
            if (!same(now.get("pagerank"), m.pagerank()[i]) || !same(now.get("betweenness"), m.betweenness()[i])
                    || now.get("community").isNull() || now.get("community").asInt() != m.community()[i]) {
                rows.add(Map.of("id", m.ids().get(i), "pagerank", m.pagerank()[i], "betweenness", m.betweenness()[i],
                        "community", m.community()[i]));
            }
        }
        for (int from = 0; from < rows.size() && !closed; from += WRITE_BATCH) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH));
            db.writeWithoutResult(tx -> tx.run(StructureQueries.WRITE, Map.of("rows", batch)).consume());
        }
        Map<String, String> names = new HashMap<>();
        entities.forEach(r -> names.put(r.get("id").asString(), r.get("name").asString(r.get("id").asString())));
        List<Map<String, Object>> listed = m.communities().stream().filter(c -> c.size() > 1).limit(LISTED)
                .map(c -> community(c, names)).toList();
        int communities = (int) m.communities().stream().filter(c -> c.size() > 1).count();
        return new Computed(Instant.now().truncatedTo(ChronoUnit.MILLIS), (System.nanoTime() - t0) / 1_000_000, m.ids().size(),
                m.pairs(), maxPagerank, maxBetweenness, m.betweennessScope(), m.communityMethod(), m.modularity(),
                communities, listed, rows.size());
    }

    private static boolean same(Value stored, double now) {
        return !stored.isNull() && stored.asDouble() == now;
    }

    private static Map<String, Object> community(Measures.Community c, Map<String, String> names) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("size", c.size());
        out.put("leaders", c.leaders().stream().map(id -> Map.of("id", id, "name", names.get(id))).toList());
        return out;
    }

    /** The state of the measures, and those the entities {@code ids} hold (none when empty). */
    public Status status(List<String> ids) {
        Computed c = last;
        String state = active.get() > 0 || queued.get() ? "computing" : failure != null ? "failed" : c == null ? "none" : "current";
        List<Map<String, Object>> measures = ids.isEmpty() ? List.of()
                : db.read(tx -> tx.run(StructureQueries.MEASURES, Map.of("ids", ids)).list(StructureService::measures));
        if (c == null) {
            return new Status(state, null, null, 0, 0, 0, 0, null, null, 0, 0, List.of(), measures, failure);
        }
        return new Status(state, c.at().toString(), c.millis(), c.entities(), c.links(), c.maxPagerank(), c.maxBetweenness(),
                c.betweennessScope(), c.communityMethod(), c.modularity(), c.communityCount(), c.communities(), measures, failure);
    }

    private static Map<String, Object> measures(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.get("id").asString());
        out.put("pagerank", r.get("pagerank").isNull() ? null : r.get("pagerank").asDouble());
        out.put("betweenness", r.get("betweenness").isNull() ? null : r.get("betweenness").asDouble());
        out.put("community", r.get("community").isNull() ? null : r.get("community").asInt());
        return out;
    }

    /** Waits until no computation is queued or running (at most {@code millis}); true when none is. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        long start = System.nanoTime();
        long limit = TimeUnit.MILLISECONDS.toNanos(millis);
        while (active.get() > 0 || queued.get()) {
            if (System.nanoTime() - start > limit) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.info("a structure computation is still running; its results will not be written");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
