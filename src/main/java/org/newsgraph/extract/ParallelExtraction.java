package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SourceArticle;

/**
 * Extracts articles on all cores (one article per task; the extractor is thread-safe) and returns the outcomes in
 * the order of the input, so imports stay deterministic. An article the pipeline fails on is skipped with the reason,
 * the others go on. Close it to stop its threads.
 */
public final class ParallelExtraction implements AutoCloseable {
    /** One article's outcome: its extraction, or why it could not be used. */
    public record Outcome(SourceArticle article, ArticleExtraction extraction, String skipReason) {
    }

    private final Extractor extractor;
    private final ExecutorService pool;

    public ParallelExtraction(Extractor extractor) {
        this(extractor, Runtime.getRuntime().availableProcessors());
    }

    public ParallelExtraction(Extractor extractor, int threads) {
        this.extractor = extractor;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "newsgraph-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), daemons);
    }

    public List<Outcome> extract(List<SourceArticle> articles) {
        return extract(articles, o -> { });
    }

    /** As {@link #extract(List)}; {@code each} hears of every outcome as it comes (from the pool's threads). */
    public List<Outcome> extract(List<SourceArticle> articles, java.util.function.Consumer<Outcome> each) {
        List<Future<Outcome>> futures = new ArrayList<>(articles.size());
        for (SourceArticle a : articles) {
            futures.add(pool.submit(() -> {
                Outcome o = outcome(a);
                each.accept(o);
                return o;
            }));
        }
        List<Outcome> out = new ArrayList<>(articles.size());
        try {
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
        return out;
    }

    private Outcome outcome(SourceArticle a) {
        try {
            return new Outcome(a, extractor.extract(a), null);
        } catch (ArticleReader.UnusableFileException e) {
            return new Outcome(a, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // one article the pipeline breaks on (a parser bug, a pathological sentence) is that article's skip
            return new Outcome(a, null, ArticleReader.failure(e));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
