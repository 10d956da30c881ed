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
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.extract.ParallelExtraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.text.ArticleMeta;
import org.newsgraph.extract.text.Language;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.load.ArticleNames.Stored;
import org.newsgraph.model.Problem;
import org.newsgraph.model.ProgressEvents;

/**
 * Brings the graph in line with an import folder: new and changed articles (by content hash) are extracted
 * and loaded in batches, removed ones are taken out, unchanged ones are left alone. A change to the rules
 * re-imports everything.
 */
public final class ImportService {
    public static final int BATCH = 100;
    /**
     * A batch also ends at this many characters of text: its extractions wait in memory for one transaction, and a
     * batch of long texts would hold far more than one of news articles (each is cut by its ExtractionBudget too).
     */
    static final int BATCH_CHARS = 500_000;

    private final Neo4jConnection db;
    private final Path importDir;
    private Runnable afterChange = () -> { };
    private final ArticleNames names = new ArticleNames();
    /**
     * Imports may run at once (ArticleImports has two lanes), their writes may not: two batches rebuilding the same
     * edge, each from its own view of the claims, would lose one's claims. Each write holds this lock.
     */
    private final java.util.concurrent.locks.ReentrantLock writes = new java.util.concurrent.locks.ReentrantLock();

    public ImportService(Neo4jConnection db, Path importDir) {
        this.db = db;
        this.importDir = importDir;
    }

    /**
     * What to run whenever an import changed the graph (articles loaded or removed): the analysts' decisions are
     * applied again there, so they survive re-imports. Returns this service.
     */
    public ImportService afterChange(Runnable hook) {
        this.afterChange = hook;
        return this;
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

    /**
     * As {@link #run(boolean, Consumer)}, with the folder already read (serve reads it while Neo4j starts). Articles
     * added from elsewhere stay; those a rules change affects are read again from their kept text.
     */
    public ImportReport run(boolean force, Consumer<String> progress, Folder folder) {
        ExtractionRules rules = folder.rules();
        List<SourceArticle> articles = new ArrayList<>(folder.read().articles());
        List<SourceArticle> reread = addedToReread(rules);
        if (!reread.isEmpty()) {
            progress.accept("reading " + ImportReport.count(reread.size(), "added article") + " again with the changed rules");
        }
        ImportReport folderReport = load(articles, folder.read().skipped(), rules, force, GraphLoader.Origin.FOLDER, progress);
        if (reread.isEmpty()) {
            return folderReport;
        }
        ImportReport again = load(reread, List.of(), rules, true, GraphLoader.Origin.ADDED, progress);
        return folderReport.plus(again);
    }

    /**
     * Imports articles from files, folders or the web, besides the import folder: new ones are read and loaded, a
     * name already taken by another text gets the next free one ({@link ArticleNames}), nothing is removed or
     * replaced. Their text is kept, so a rules change re-reads them.
     */
    public ImportReport add(ArticleReader.Result read, Consumer<String> progress) throws IOException {
        return load(read.articles(), read.skipped(), ExtractionRules.load(importDir), false, GraphLoader.Origin.ADDED, progress);
    }

    private ImportReport load(List<SourceArticle> articles, List<SkippedFile> alreadySkipped, ExtractionRules rules,
                              boolean force, GraphLoader.Origin origin, Consumer<String> progress) {
        long t0 = System.nanoTime();
        List<SkippedFile> skipped = new ArrayList<>(alreadySkipped);
        skipped.forEach(s -> ProgressEvents.of(progress).warn("skipped " + s));
        ArticleNames.Assigned named = origin == GraphLoader.Origin.ADDED
                ? names.assign(articles, this::storedArticles, skipped, progress)
                : new ArticleNames.Assigned(articles, storedArticles(), List.of());
        try {
            return load(named, articles.size() + alreadySkipped.size(), skipped, rules, force, origin, progress, t0);
        } finally {
            names.release(named);
        }
    }

    private ImportReport load(ArticleNames.Assigned named, int given, List<SkippedFile> skipped, ExtractionRules rules,
                              boolean force, GraphLoader.Origin origin, Consumer<String> progress, long t0) {
        Extractor extractor = new Extractor(rules);
        Map<String, Stored> stored = named.stored();
        List<SourceArticle> todo = named.articles();
        Map<String, String> states = new HashMap<>();
        stored.forEach((id, st) -> states.put(id, st.state()));
        GraphLoader loader = new GraphLoader(db);
        Set<String> present = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Stats stats = new Stats();
        // extraction runs in its own thread, one batch ahead of the database writes
        java.util.concurrent.BlockingQueue<List<ArticleExtraction>> queue = new java.util.concurrent.ArrayBlockingQueue<>(2);
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                extractAll(todo, rules, extractor, states, force, present, stats, skipped, progress, queue);
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                putQuietly(queue, List.of());
            }
        }, "newsgraph-extract");
        producer.start();
        int loaded = 0;
        List<String> loadedIds = new ArrayList<>();
        try {
            for (List<ArticleExtraction> batch = take(queue); !batch.isEmpty(); batch = take(queue)) {
                batch.forEach(x -> loadedIds.add(x.article().file()));
                List<ArticleExtraction> toWrite = new ArrayList<>(batch);
                int done = loaded;
                loaded += exclusively(() -> flush(loader, toWrite, rules.version(), origin, progress, done));
            }
        } finally {
            producer.interrupt();
            joinQuietly(producer);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        List<String> gone = origin != GraphLoader.Origin.FOLDER ? List.of() : stored.entrySet().stream()
                .filter(e -> e.getValue().origin().equals("folder") && !present.contains(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        if (!gone.isEmpty()) {
            exclusively(() -> loader.remove(gone));
            progress.accept("removed " + ImportReport.count(gone.size(), "article") + " no longer in the folder: " + String.join(", ", gone));
        }
        if (loaded > 0 || !gone.isEmpty()) {
            exclusively(afterChange);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new ImportReport(given, loaded, stats.unchanged, gone.size(),
                stats.sentences, stats.known.size(), stats.discovered.size(), stats.claims, countEdges(), stats.bytes,
                skipped, millis, List.copyOf(loadedIds), List.copyOf(stats.cut), named.names());
    }

    private <T> T exclusively(java.util.function.Supplier<T> write) {
        writes.lock();
        try {
            return write.get();
        } finally {
            writes.unlock();
        }
    }

    private void exclusively(Runnable write) {
        exclusively(() -> {
            write.run();
            return null;
        });
    }

    /** Added articles whose kept text was read by other rules than these. */
    private List<SourceArticle> addedToReread(ExtractionRules rules) {
        return db.read(tx -> tx.run(LoadQueries.ADDED_ARTICLES_TO_REREAD, Map.of("rulesVersion", rules.version()))
                .list(r -> new SourceArticle(r.get("id").asString(), r.get("text").asString(), new ArticleMeta(
                        r.get("title").asString(null), r.get("outlet").asString(null), r.get("published").asString(null),
                        r.get("url").asString(null), r.get("language").asString(null), r.get("author").asString(null),
                        r.get("captions").isNull() ? null : r.get("captions").asList(org.neo4j.driver.Value::asString)),
                        r.get("sha256").asString(), r.get("bytes").asLong(0),
                        Language.valueOf(r.get("readAs").asString("de")))));
    }

    /** Counters the extraction thread fills in. */
    private static final class Stats {
        int unchanged;
        int sentences;
        int claims;
        long bytes;
        final List<String> cut = new ArrayList<>();
        final Set<String> known = new HashSet<>();
        final Set<String> discovered = new HashSet<>();
    }

    /** Extracts the new and changed articles a batch at a time on all cores, handing each batch to the loader. */
    private static void extractAll(List<SourceArticle> articles, ExtractionRules rules, Extractor extractor,
                                   Map<String, String> stored, boolean force, Set<String> present, Stats stats,
                                   List<SkippedFile> skipped, Consumer<String> progress,
                                   java.util.concurrent.BlockingQueue<List<ArticleExtraction>> queue) {
        List<SourceArticle> toRead = new ArrayList<>();
        for (SourceArticle a : articles) {
            present.add(a.file());
            if (!force && state(a, rules).equals(stored.get(a.file()))) {
                stats.unchanged++;
            } else {
                toRead.add(a);
            }
        }
        Counter counter = new Counter(ProgressEvents.of(progress), toRead.size());
        List<SourceArticle> todo = new ArrayList<>();
        long chars = 0;
        try (ParallelExtraction parallel = new ParallelExtraction(extractor)) {
            for (SourceArticle a : toRead) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                todo.add(a);
                chars += a.text().length();
                if (todo.size() >= BATCH || chars >= BATCH_CHARS) {
                    handOver(queue, extractBatch(parallel, todo, present, stats, skipped, progress, counter));
                    todo = new ArrayList<>();
                    chars = 0;
                }
            }
            if (!todo.isEmpty()) {
                handOver(queue, extractBatch(parallel, todo, present, stats, skipped, progress, counter));
            }
        }
    }

    /** Counts the articles read (each as the pool finishes it) for the progress: done of total, sentences so far. */
    private static final class Counter {
        private final ProgressEvents events;
        private final int total;
        private int done;
        private long sentences;

        Counter(ProgressEvents events, int total) {
            this.events = events;
            this.total = total;
            if (total > 0) {
                events.articlesRead(0, total, 0);
            }
        }

        synchronized void read(ParallelExtraction.Outcome o) {
            done++;
            sentences += o.extraction() == null ? 0 : o.extraction().sentences().size();
            events.articlesRead(done, total, sentences);
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
                                                        Consumer<String> progress, Counter counter) {
        List<ArticleExtraction> batch = new ArrayList<>();
        for (ParallelExtraction.Outcome o : parallel.extract(todo, counter::read)) {
            ArticleExtraction x = o.extraction();
            if (x == null) {
                SkippedFile s = new SkippedFile(o.article().file(), o.skipReason());
                synchronized (skipped) {
                    skipped.add(s);
                }
                ProgressEvents.of(progress).warn("skipped " + s);
                present.remove(o.article().file());
                continue;
            }
            batch.add(x);
            if (x.cut() != null) {
                String note = "article " + x.article().file() + ": " + x.cut();
                stats.cut.add(note);
                progress.accept(note);
            }
            stats.sentences += x.sentences().size();
            stats.claims += x.claimCount();
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

    /**
     * Loads extractions made elsewhere ({@code extract --format articles}) without reading the articles again: new and
     * changed ones (by name and content hash) in batches; each keeps the rules version it was read with, so a later
     * rules change here reads it again from its kept text.
     */
    public ImportReport addExtracted(List<ExtractionJson.Line> lines, List<SkippedFile> alreadySkipped, Consumer<String> progress) {
        long t0 = System.nanoTime();
        Map<String, Stored> stored = storedArticles();
        GraphLoader loader = new GraphLoader(db);
        List<String> loadedIds = new ArrayList<>();
        Stats stats = new Stats();
        Map<String, List<ArticleExtraction>> byRules = new java.util.LinkedHashMap<>();
        for (ExtractionJson.Line l : lines) {
            SourceArticle a = l.extraction().article();
            Stored st = stored.get(a.file());
            if (st != null && st.state().equals(a.sha256() + "/" + l.rulesVersion())) {
                stats.unchanged++;
                continue;
            }
            byRules.computeIfAbsent(l.rulesVersion(), k -> new ArrayList<>()).add(l.extraction());
        }
        int loaded = 0;
        for (Map.Entry<String, List<ArticleExtraction>> group : byRules.entrySet()) {
            List<ArticleExtraction> all = group.getValue();
            for (int from = 0; from < all.size(); from += BATCH) {
                List<ArticleExtraction> batch = new ArrayList<>(all.subList(from, Math.min(all.size(), from + BATCH)));
                batch.forEach(x -> {
                    loadedIds.add(x.article().file());
                    stats.sentences += x.sentences().size();
                    stats.claims += x.claimCount();
                    stats.bytes += x.article().bytes();
                    x.entities().forEach(e -> (e.discovered() ? stats.discovered : stats.known).add(e.id()));
                });
                int done = loaded;
                loaded += exclusively(() -> flush(loader, batch, group.getKey(), GraphLoader.Origin.ADDED, progress, done));
            }
        }
        alreadySkipped.forEach(s -> ProgressEvents.of(progress).warn("skipped " + s));
        if (loaded > 0) {
            exclusively(afterChange);
        }
        return new ImportReport(lines.size() + alreadySkipped.size(), loaded, stats.unchanged, 0, stats.sentences,
                stats.known.size(), stats.discovered.size(), stats.claims, countEdges(), stats.bytes, alreadySkipped,
                (System.nanoTime() - t0) / 1_000_000, List.copyOf(loadedIds), List.of(), List.of());
    }

    /** The addresses among {@code urls} that no article in the store came from yet. */
    public List<String> notYetImported(List<String> urls) {
        Set<String> known = new HashSet<>(db.read(tx -> tx.run(LoadQueries.KNOWN_URLS, Map.of("urls", urls))
                .single().get("urls").asList(org.neo4j.driver.Value::asString)));
        return urls.stream().filter(u -> !known.contains(u)).toList();
    }

    /**
     * Takes out an article that was added from outside the import folder, with its claims and the entities only it
     * supported. Articles of the folder go when their file goes.
     */
    public void removeAdded(String id) {
        Stored st = storedArticles().get(id);
        if (st == null) {
            throw Problem.notFound("no article '" + id + "'");
        }
        if (!st.origin().equals("added")) {
            throw new Problem(Problem.Kind.REFUSED, "in the import folder",
                    "'" + id + "' comes from the import folder: delete its file there, and the next import takes it out");
        }
        exclusively(() -> {
            new GraphLoader(db).remove(List.of(id));
            afterChange.run();
        });
    }

    /** Imports (or replaces) one article file at once, without rescanning the folder; returns its claims. */
    public int importArticle(Path file) throws IOException, ArticleReader.UnusableFileException {
        ExtractionRules rules = ExtractionRules.load(importDir);
        ArticleExtraction x = new Extractor(rules).extract(new ArticleReader().read(file));
        exclusively(() -> {
            new GraphLoader(db).replace(List.of(x), rules.version());
            afterChange.run();
        });
        return x.claimCount();
    }

    /** True when the folder or the rules differ from what the graph was built from. */
    public boolean isStale() throws IOException {
        return isStale(Folder.read(importDir));
    }

    /** As {@link #isStale()}, with the folder already read. */
    public boolean isStale(Folder folder) {
        ExtractionRules rules = folder.rules();
        ArticleReader.Result read = folder.read();
        Map<String, String> stored = new HashMap<>();
        storedArticles().forEach((id, st) -> {
            if (st.origin().equals("folder")) {
                stored.put(id, st.state());
            }
        });
        Map<String, String> now = new HashMap<>();
        read.articles().forEach(a -> now.put(a.file(), state(a, rules)));
        return !now.equals(stored) || !addedToReread(rules).isEmpty();
    }

    /** What an article was imported from: its content and the rules that read it. */
    private static String state(SourceArticle a, ExtractionRules rules) {
        return a.sha256() + "/" + rules.version();
    }

    private static int flush(GraphLoader loader, List<ArticleExtraction> batch, String rulesVersion,
                             GraphLoader.Origin origin, Consumer<String> progress, int done) {
        if (batch.isEmpty()) {
            return 0;
        }
        loader.replace(batch, rulesVersion, origin);
        int n = batch.size();
        ProgressEvents.of(progress).detail(n == 1 ? "loaded " + batch.get(0).article().file() + " ("
                + ImportReport.count(batch.get(0).claimCount(), "claim") + ")" : "loaded " + (done + n) + " articles");
        batch.clear();
        return n;
    }

    private Map<String, Stored> storedArticles() {
        Map<String, Stored> out = new HashMap<>();
        db.read(tx -> tx.run(LoadQueries.STORED_ARTICLES).list()).forEach(r -> out.put(r.get("id").asString(),
                new Stored(r.get("state").asString(null), r.get("origin").asString(), r.get("sha256").asString(""))));
        return out;
    }

    private long countEdges() {
        return db.read(tx -> tx.run("""
                MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n""").single().get("n").asLong());
    }
}
