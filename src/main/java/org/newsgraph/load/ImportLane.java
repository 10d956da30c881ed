package org.newsgraph.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import org.newsgraph.model.Problem;

/**
 * One import lane: a thread that runs the requests given to it a step at a time, round-robin. A request of many
 * steps (a large upload, imported a slice at a time by {@link SlicedImport}) lets each request behind it take a step
 * between two of its own, so no request waits for another one's end. At most {@code maxWaiting} requests wait in a
 * lane (their texts are in memory); more are refused as busy, so memory stays bounded however many clients send.
 */
final class ImportLane implements AutoCloseable {
    /** Work done a step at a time: a step answers the result when nothing remains, else null. */
    interface Work<T> {
        T step() throws Exception;
    }

    private final String name;
    private final int maxWaiting;
    private final Deque<Entry<?>> waiting = new ArrayDeque<>();
    private final Thread thread;
    private Entry<?> running;
    private boolean closed;

    ImportLane(String name, int maxWaiting) {
        this.name = name;
        this.maxWaiting = maxWaiting;
        this.thread = new Thread(this::loop, "newsgraph-import-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code work} behind the requests already here; refused as busy when {@code maxWaiting} are. */
    synchronized <T> CompletableFuture<T> submit(Work<T> work) {
        if (closed) {
            throw new Problem(Problem.Kind.BUSY, "busy", "the server is stopping");
        }
        if (waiting.size() + (running == null ? 0 : 1) >= maxWaiting) {
            throw new Problem(Problem.Kind.BUSY, "busy", maxWaiting + " imports are waiting in the " + name
                    + " lane; try again when one is done (-Dnewsgraph.import.maxWaiting)");
        }
        Entry<T> e = new Entry<>(work, new CompletableFuture<>());
        waiting.addLast(e);
        notifyAll();
        return e.result;
    }

    /** Whether nothing runs or waits here. */
    synchronized boolean idle() {
        return running == null && waiting.isEmpty();
    }

    private void loop() {
        while (true) {
            Entry<?> e;
            synchronized (this) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                e = running = waiting.pollFirst();
            }
            boolean done = e.step();
            synchronized (this) {
                running = null;
                if (!done) {
                    waiting.addLast(e); // behind everyone who came meanwhile: that is the fairness
                }
            }
        }
    }

    /** A request and its answer. */
    private record Entry<T>(Work<T> work, CompletableFuture<T> result) {
        /** One step; true when the request is finished (answered or failed). */
        boolean step() {
            try {
                T r = work.step();
                if (r == null) {
                    return false;
                }
                result.complete(r);
            } catch (Exception | StackOverflowError e) {
                // one request's failure is its own answer: the lane goes on with the others
                result.completeExceptionally(e);
            }
            return true;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        waiting.forEach(e -> e.result.cancel(false));
        waiting.clear();
        notifyAll();
        thread.interrupt();
    }
}
