package org.newsgraph.db;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.net.NetworkConnectionTracker;
import org.neo4j.kernel.api.net.TrackedNetworkConnection;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hard stop behind the console's time limit. Neo4j ends a timed-out transaction only where its runtime looks
 * at the termination flag (between rows, at store reads); a pure expression loop never looks, so
 * {@code reduce(s = '', x IN range(1, 10000000) | s + 'aaaaaaaaaa')} held a core for over 21 minutes past a 5 s
 * limit. Every quarter second this looks at the transactions tagged {@link #TAG} ({@code app} metadata); one running
 * longer than {@link #hardLimitNanos its hard limit} has its Bolt connection closed and the worker thread computing
 * it stopped ({@link Thread#stop()}, the only way to end a JVM thread that never checks: it unwinds the read-only
 * query's stack; the Bolt pool replaces the thread). One holding more than {@link #consoleMemoryCap()} is ended as
 * over its memory limit. Only tagged (console) transactions are ever touched.
 */
final class RunawayStopper implements AutoCloseable {
    static final String TAG = "newsgraph-console";
    private static final Logger LOG = LoggerFactory.getLogger(RunawayStopper.class);
    private final KernelTransactions transactions;
    private final NetworkConnectionTracker connections;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-runaway-stopper");
        t.setDaemon(true);
        return t;
    });

    private RunawayStopper(GraphDatabaseAPI db) {
        this.transactions = db.getDependencyResolver().resolveDependency(KernelTransactions.class);
        this.connections = db.getDependencyResolver().resolveDependency(NetworkConnectionTracker.class);
    }

    static RunawayStopper watch(GraphDatabaseAPI db) {
        RunawayStopper s = new RunawayStopper(db);
        s.timer.scheduleWithFixedDelay(s::sweep, 250, 250, TimeUnit.MILLISECONDS);
        return s;
    }

    /**
     * A quarter more than the transaction's own limit, at least one second more: a query that looks at the
     * termination flag has ended by then (this marks it a quarter second past its limit, without waiting for Neo4j's
     * own check every 2 s); only one that never looks is still running.
     */
    static long hardLimitNanos(long timeoutNanos) {
        return timeoutNanos + Math.max(TimeUnit.SECONDS.toNanos(1), timeoutNanos / 4);
    }

    private static final long MARK_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /**
     * What one console transaction may hold of the heap as Neo4j estimates it (collect, sort, distinct, aggregation):
     * an eighth of the heap, at most 512 MiB (system property newsgraph.consoleMemoryMb). The store-wide cap per
     * transaction is higher, for the loader's batches.
     */
    static long consoleMemoryCap() {
        long mb = Long.getLong("newsgraph.consoleMemoryMb", 0);
        return mb > 0 ? mb << 20 : Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 8);
    }

    /**
     * The heap is this full (system property newsgraph.consoleHeapShare, default 0.9) at two checks in a row: console
     * transactions are stopped at once. Values a query builds in expressions ({@code [x IN range(1, 300000000) | x]})
     * are not in Neo4j's estimate, and such a query fills gigabytes long before its time is up. Two checks, because
     * garbage the collector has not reached yet may fill the heap for a moment.
     */
    private boolean heapPressed() {
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double share = Double.parseDouble(System.getProperty("newsgraph.consoleHeapShare", "0.9"));
        boolean full = heap.getMax() > 0 && heap.getUsed() > share * heap.getMax();
        boolean pressed = full && wasFull;
        wasFull = full;
        return pressed;
    }

    private boolean wasFull;

    private void sweep() {
        try {
            long now = System.nanoTime();
            boolean pressed = heapPressed();
            for (KernelTransactionHandle tx : transactions.executingTransactions()) {
                Map<String, Object> meta = tx.getMetaData();
                long limit = tx.timeout().timeoutNanos();
                if (meta == null || !TAG.equals(meta.get("app")) || limit <= 0) {
                    continue;
                }
                long age = now - tx.startTimeNanos();
                if (age > hardLimitNanos(limit)) {
                    stop(tx, "ran past its hard time limit");
                } else if (pressed) {
                    stop(tx, "ran while the heap was full");
                } else if (overMemory(tx)) {
                    tx.markForTermination(Status.General.TransactionMemoryLimit);
                } else if (age > limit + MARK_AFTER_NANOS && tx.terminationMark().isEmpty()) {
                    tx.markForTermination(Status.Transaction.TransactionTimedOut);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("runaway check failed: {}", e.toString());
        }
    }

    private static boolean overMemory(KernelTransactionHandle tx) {
        Long used = tx.transactionStatistic().getEstimatedUsedHeapMemory();
        return used != null && used > consoleMemoryCap() && tx.terminationMark().isEmpty();
    }

    private void stop(KernelTransactionHandle tx, String why) {
        tx.markForTermination(Status.Transaction.TransactionTimedOut);
        Optional<String> id = tx.clientInfo().map(ClientConnectionInfo::connectionId);
        if (id.isEmpty()) {
            return;
        }
        LOG.warn("console transaction on Bolt connection {} {}: closing it", id.get(), why);
        TrackedNetworkConnection c = connections.get(id.get());
        if (c != null) {
            c.close();
        }
        stopWorker(id.get());
    }

    /** Stops the Bolt worker thread now serving connection {@code id} (its name carries it) inside the Cypher runtime. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopWorker(String id) {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            String name = e.getKey().getName();
            if ((name.contains("[" + id + " ") || name.contains("[" + id + "]")) && inCypherRuntime(e.getValue())) {
                e.getKey().stop();
            }
        }
    }

    private static boolean inCypherRuntime(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            if (f.getClassName().startsWith("org.neo4j.cypher.internal.runtime")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
