package org.newsgraph.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.extract.ArticleExtraction;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.extract.ParallelExtraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;

/**
 * Brings the graph in line with an import folder: new and changed articles (by content hash) are extracted
 * and loaded in batches, removed ones are taken out, unchanged ones are left alone. A change to the rules
 * re-imports everything.
 */
public final class ImportService {
    public static final int BATCH = 100;

    private final Neo4jConnection db;
    private final Path importDir;

    public ImportService(Neo4jConnection db, Path importDir) {
        this.db = db;
        this.importDir = importDir;
    }

    /** The import folder as read from disk: its rules and its articles (no database involved). */
    public record Folder(ExtractionRules rules, ArticleReader.Result read) {
        public static Folder read(Path importDir) throws IOException {
            return new Folder(ExtractionRules.load(importDir), new ArticleReader().readFolder(importDir.resolve("articles")));
        }
    }

    /** Imports {@code importDir/articles}; {@code progress} receives one line per loaded batch or skipped file. */
    public ImportReport run(boolean force, Consumer<String> progress) throws IOException {
        return run(force, progress, Folder.read(importDir));
    }

    /** As {@link #run(boolean, Consumer)}, with the folder already read (serve reads it while Neo4j starts). */
    public ImportReport run(boolean force, Consumer<String> progress, Folder folder) {
        long t0 = System.nanoTime();
        ExtractionRules rules = folder.rules();
        Extractor extractor = new Extractor(rules);
        ArticleReader.Result read = folder.read();
        List<SkippedFile> skipped = new ArrayList<>(read.skipped());
        skipped.forEach(s -> progress.accept("skipped " + s));
        Map<String, String> stored = storedArticles();
        GraphLoader loader = new GraphLoader(db);
        Set<String> present = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Stats stats = new Stats();
        // extraction runs in its own thread, one batch ahead of the database writes
        java.util.concurrent.BlockingQueue<List<ArticleExtraction>> queue = new java.util.concurrent.ArrayBlockingQueue<>(2);
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                extractAll(read.articles(), rules, extractor, stored, force, present, stats, skipped, progress, queue);
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                putQuietly(queue, List.of());
            }
        }, "newsgraph-extract");
        producer.start();
        int loaded = 0;
        try {
            for (List<ArticleExtraction> batch = take(queue); !batch.isEmpty(); batch = take(queue)) {
                loaded += flush(loader, new ArrayList<>(batch), rules.version(), progress, loaded);
            }
        } finally {
            producer.interrupt();
            joinQuietly(producer);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        int unchanged = stats.unchanged;
        int sentences = stats.sentences;
        int claims = stats.claims;
        long bytes = stats.bytes;
        Set<String> known = stats.known;
        Set<String> discovered = stats.discovered;
        List<String> gone = stored.keySet().stream().filter(id -> !present.contains(id)).sorted().toList();
        if (!gone.isEmpty()) {
            loader.remove(gone);
            progress.accept("removed " + gone.size() + " article(s) no longer in the folder: " + String.join(", ", gone));
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new ImportReport(read.articles().size() + read.skipped().size(), loaded, unchanged, gone.size(), sentences,
                known.size(), discovered.size(), claims, countEdges(), bytes, skipped, millis);
    }

    /** Counters the extraction thread fills in. */
    private static final class Stats {
        int unchanged;
        int sentences;
        int claims;
        long bytes;
        final Set<String> known = new HashSet<>();
        final Set<String> discovered = new HashSet<>();
    }

    /** Extracts the new and changed articles a batch at a time on all cores, handing each batch to the loader. */
    private static void extractAll(List<SourceArticle> articles, ExtractionRules rules, Extractor extractor,
                                   Map<String, String> stored, boolean force, Set<String> present, Stats stats,
                                   List<SkippedFile> skipped, Consumer<String> progress,
                                   java.util.concurrent.BlockingQueue<List<ArticleExtraction>> queue) {
        List<SourceArticle> todo = new ArrayList<>();
        try (ParallelExtraction parallel = new ParallelExtraction(extractor)) {
            for (SourceArticle a : articles) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                present.add(a.file());
                if (!force && state(a, rules).equals(stored.get(a.file()))) {
                    stats.unchanged++;
                    continue;
                }
                todo.add(a);
                if (todo.size() >= BATCH) {
                    handOver(queue, extractBatch(parallel, todo, present, stats, skipped, progress));
                    todo = new ArrayList<>();
                }
            }
            if (!todo.isEmpty()) {
                handOver(queue, extractBatch(parallel, todo, present, stats, skipped, progress));
            }
        }
    }

    /** An empty list ends the loader's loop, so a batch whose every file was skipped is not handed over. */
    private static void handOver(java.util.concurrent.BlockingQueue<List<ArticleExtraction>> queue,
                                 List<ArticleExtraction> batch) {
        if (!batch.isEmpty()) {
            putQuietly(queue, batch);
        }
    }

    private static List<ArticleExtraction> extractBatch(ParallelExtraction parallel, List<SourceArticle> todo,
                                                        Set<String> present, Stats stats, List<SkippedFile> skipped,
                                                        Consumer<String> progress) {
        List<ArticleExtraction> batch = new ArrayList<>();
        for (ParallelExtraction.Outcome o : parallel.extract(todo)) {
            ArticleExtraction x = o.extraction();
            if (x == null) {
                SkippedFile s = new SkippedFile(o.article().file(), o.skipReason());
                synchronized (skipped) {
                    skipped.add(s);
                }
                progress.accept("skipped " + s);
                present.remove(o.article().file());
                continue;
            }
            batch.add(x);
            stats.sentences += x.sentences().size();
            stats.claims += x.relations().size();
            stats.bytes += x.article().bytes();
            for (Entity e : x.entities()) {
                (e.discovered() ? stats.discovered : stats.known).add(e.id());
            }
        }
        return batch;
    }

    private static <T> void putQuietly(java.util.concurrent.BlockingQueue<T> q, T item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T take(java.util.concurrent.BlockingQueue<T> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Imports (or replaces) one article file at once, without rescanning the folder; returns its claims. */
    public int importArticle(Path file) throws IOException, ArticleReader.UnusableFileException {
        ExtractionRules rules = ExtractionRules.load(importDir);
        ArticleExtraction x = new Extractor(rules).extract(new ArticleReader().read(file));
        new GraphLoader(db).replace(List.of(x), rules.version());
        return x.relations().size();
    }

    /** True when the folder or the rules differ from what the graph was built from. */
    public boolean isStale() throws IOException {
        return isStale(Folder.read(importDir));
    }

    /** As {@link #isStale()}, with the folder already read. */
    public boolean isStale(Folder folder) {
        ExtractionRules rules = folder.rules();
        ArticleReader.Result read = folder.read();
        Map<String, String> stored = storedArticles();
        Map<String, String> now = new HashMap<>();
        read.articles().forEach(a -> now.put(a.file(), state(a, rules)));
        return !now.equals(stored);
    }

    /** What an article was imported from: its content and the rules that read it. */
    private static String state(SourceArticle a, ExtractionRules rules) {
        return a.sha256() + "/" + rules.version();
    }

    private static int flush(GraphLoader loader, List<ArticleExtraction> batch, String rulesVersion,
                             Consumer<String> progress, int done) {
        if (batch.isEmpty()) {
            return 0;
        }
        loader.replace(batch, rulesVersion);
        int n = batch.size();
        progress.accept(n == 1 ? "loaded " + batch.get(0).article().file() + " ("
                + batch.get(0).relations().size() + " claims)" : "loaded " + (done + n) + " articles");
        batch.clear();
        return n;
    }

    private Map<String, String> storedArticles() {
        Map<String, String> out = new HashMap<>();
        db.read(tx -> tx.run(LoadQueries.STORED_ARTICLES).list())
                .forEach(r -> out.put(r.get("id").asString(), r.get("state").asString(null)));
        return out;
    }

    private long countEdges() {
        return db.read(tx -> tx.run("""
                MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n""").single().get("n").asLong());
    }
}
